import "server-only";
import { routing } from "@/lib/i18n/routing";
import { searchApiTranslator } from "./messages";
import type { SearchLocale, SearchResult } from "./types";

/**
 * The localized public URL of a service, from the same routing table as getPathname
 * (lib/i18n/navigation.ts), which cannot be imported outside Next (it loads next/navigation).
 */
export function servicePath(locale: SearchLocale, slug: string) {
  const pattern = routing.pathnames["/services/[slug]"];
  const path = typeof pattern === "string" ? pattern : pattern[locale];
  return `/${locale}${path.replace("[slug]", encodeURIComponent(slug))}`;
}

/** The public JSON contract of GET /api/search (README, "Search API"): plain strings, no markers. */
export function toApiResponse(result: SearchResult, locale: SearchLocale) {
  return {
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    tookMs: result.tookMs,
    near: result.near,
    hits: result.hits.map((hit) => ({
      id: hit.id,
      slug: hit.slug,
      name: hit.name.text,
      organization: { id: hit.organization.id, name: hit.organization.name.text },
      summary: hit.summary?.text ?? null,
      categories: hit.categories.map((c) => ({ code: c.code, name: c.name.text })),
      phones: hit.phones,
      address: hit.address,
      distanceKm: hit.distanceKm,
      openNow: hit.openNow,
      status: hit.status,
      alert: hit.alert?.text ?? null,
      url: servicePath(locale, hit.slug),
    })),
    facets: result.facets,
  };
}

// A result served again from the result cache is the same object: its JSON is written once.
const bodies = new WeakMap<SearchResult, Map<SearchLocale, string>>();

/** toApiResponse as JSON text, remembered for as long as the result itself is kept. */
export function apiResponseBody(result: SearchResult, locale: SearchLocale): string {
  const byLocale = bodies.get(result) ?? new Map<SearchLocale, string>();
  let body = byLocale.get(locale);
  if (body === undefined) {
    body = JSON.stringify(toApiResponse(result, locale));
    byLocale.set(locale, body);
    bodies.set(result, byLocale);
  }
  return body;
}

export function invalidParametersResponse(fieldErrors: Record<string, string[]>, locale: SearchLocale) {
  const t = searchApiTranslator(locale);
  const fields = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, keys]) => [
      field,
      keys.map((key) => (t.has(key) ? t(key) : t("fields.invalid"))),
    ]),
  );
  return Response.json(
    { error: { code: "invalid_parameters", message: t("invalidParameters"), fields } },
    { status: 400, headers: { "Cache-Control": "no-store", "Content-Language": locale } },
  );
}

export function unavailableResponse(locale: SearchLocale) {
  return Response.json(
    { error: { code: "unavailable", message: searchApiTranslator(locale)("unavailable"), fields: {} } },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5", "Content-Language": locale } },
  );
}

export function rateLimitedResponse(locale: SearchLocale, retryAfterSeconds: number) {
  return Response.json(
    { error: { code: "rate_limited", message: searchApiTranslator(locale)("rateLimited"), fields: {} } },
    {
      status: 429,
      headers: { "Cache-Control": "no-store", "Retry-After": String(retryAfterSeconds), "Content-Language": locale },
    },
  );
}
