import { apiLocale } from "@/lib/search/api-locale";
import { rateLimitedResponse, unavailableResponse } from "@/lib/search/api-response";
import { suggest } from "@/lib/search/suggest";
import { limitPublicRequest } from "@/lib/security/rate-limit";
import { errorFields, requestLogger } from "@/lib/observability/logger";

/** GET /api/search/suggest?q=&lang= — type-ahead: `{ suggestions: string[] }`. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const locale = apiLocale(params.get("lang"), request.headers.get("accept-language"));
  const limit = limitPublicRequest(request.headers);
  if (!limit.allowed) return rateLimitedResponse(locale, limit.retryAfterSeconds);
  try {
    const suggestions = await suggest((params.get("q") ?? "").slice(0, 200), locale);
    return Response.json(
      { suggestions },
      { headers: { "Cache-Control": "public, max-age=60", "Content-Language": locale, Vary: "Accept-Language" } },
    );
  } catch (error) {
    (await requestLogger()).error(errorFields(error), "GET /api/search/suggest failed");
    return unavailableResponse(locale);
  }
}
