import { apiLocale } from "@/lib/search/api-locale";
import { unavailableResponse } from "@/lib/search/api-response";
import { suggest } from "@/lib/search/suggest";

/** GET /api/search/suggest?q=&lang= — type-ahead: `{ suggestions: string[] }`. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const locale = apiLocale(params.get("lang"), request.headers.get("accept-language"));
  try {
    const suggestions = await suggest((params.get("q") ?? "").slice(0, 200), locale);
    return Response.json(
      { suggestions },
      { headers: { "Cache-Control": "public, max-age=60", "Content-Language": locale, Vary: "Accept-Language" } },
    );
  } catch (error) {
    console.error("GET /api/search/suggest failed", error);
    return unavailableResponse(locale);
  }
}
