import { getActor } from "@/lib/auth/get-actor";
import { consoleSearch } from "@/lib/calls/console-search";
import { DomainError, HTTP_STATUS } from "@/lib/errors";

// The agent console's type-ahead (a route handler rather than a server action: requests run
// side by side and the console aborts the stale ones). Staff only, never cached.
export async function GET(request: Request) {
  const actor = await getActor();
  const params = new URL(request.url).searchParams;
  const get = (name: string) => params.get(name) || undefined;
  try {
    const result = await consoleSearch(
      actor,
      { q: params.get("q") ?? "", place: get("place"), language: get("language"), ageGroup: get("ageGroup") },
      params.get("lang") === "en" ? "en" : "fr",
    );
    return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { error: error.code },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}
