import { getActor } from "@/lib/auth/get-actor";
import { getConsoleService } from "@/lib/calls/get-console-service";
import { DomainError, HTTP_STATUS } from "@/lib/errors";

// The detail beside the console's list, with the internal notes for agents: staff only, never cached.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await getActor();
  const { slug } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "fr";
  try {
    const detail = await getConsoleService(actor, slug, locale);
    if (!detail) return Response.json({ error: "not_found" }, { status: 404 });
    return Response.json(detail, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { error: error.code },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}
