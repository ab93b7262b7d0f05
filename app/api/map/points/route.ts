import { parseListSlugs } from "@/lib/lists/list-slugs";
import { getMapPoints } from "@/lib/map/map-points";
import { apiLocale } from "@/lib/search/api-locale";
import { rateLimitedResponse, unavailableResponse } from "@/lib/search/api-response";
import { limitPublicRequest } from "@/lib/security/rate-limit";
import { errorFields, requestLogger } from "@/lib/observability/logger";

/** GET /api/map/points?services=a,b&lang=fr — where these public services are, for the map. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const locale = apiLocale(params.get("lang"), request.headers.get("accept-language"));
  const limit = limitPublicRequest(request.headers);
  if (!limit.allowed) return rateLimitedResponse(locale, limit.retryAfterSeconds);
  try {
    const points = await getMapPoints(parseListSlugs(params.get("services")), locale);
    return Response.json(
      { points },
      { headers: { "Cache-Control": "public, max-age=60", "Content-Language": locale } },
    );
  } catch (error) {
    (await requestLogger()).error(errorFields(error), "GET /api/map/points failed");
    return unavailableResponse(locale);
  }
}
