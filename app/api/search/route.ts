import { apiLocale } from "@/lib/search/api-locale";
import {
  invalidParametersResponse,
  apiResponseBody,
  rateLimitedResponse,
  unavailableResponse,
} from "@/lib/search/api-response";
import { resolveSearchParams } from "@/lib/search/resolve-search-params";
import { search } from "@/lib/search/search";
import { InvalidSearchQuery } from "@/lib/search/types";
import { limitPublicRequest } from "@/lib/security/rate-limit";
import { errorFields, requestLogger } from "@/lib/observability/logger";

/** GET /api/search — the public search API (contract: README, "Search API"). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const lang = params.get("lang");
  const locale = apiLocale(lang, request.headers.get("accept-language"));
  const limit = limitPublicRequest(request.headers);
  if (!limit.allowed) return rateLimitedResponse(locale, limit.retryAfterSeconds);
  if (lang !== null && lang !== "fr" && lang !== "en")
    return invalidParametersResponse({ lang: ["fields.lang"] }, locale);
  try {
    const parsed = await resolveSearchParams(params, locale);
    if (!parsed.ok) return invalidParametersResponse(parsed.fieldErrors, locale);
    // A client asking for a fresh answer (a reload, the bench's uncached runs) skips the result cache.
    const fresh = /\bno-cache\b/i.test(request.headers.get("cache-control") ?? "");
    const result = await search(parsed.query, { fresh });
    return new Response(apiResponseBody(result, locale), {
      headers: {
        "Content-Type": "application/json",
        // Public data: a short shared cache absorbs bursts of identical searches.
        "Cache-Control": "public, max-age=30",
        "Content-Language": locale,
        Vary: "Accept-Language",
      },
    });
  } catch (error) {
    if (error instanceof InvalidSearchQuery) return invalidParametersResponse({ q: ["fields.invalid"] }, locale);
    (await requestLogger()).error(errorFields(error), "GET /api/search failed");
    return unavailableResponse(locale);
  }
}
