import "server-only";
import { resolveNear } from "@/lib/geo/resolve-near";
import { parseSearchParams, type ParsedSearchParams } from "./parse-search-params";
import type { SearchLocale, SearchQuery } from "./types";

type RawParams = Parameters<typeof parseSearchParams>[0];

/**
 * parseSearchParams + resolution of `near` (postal code, municipality or "lat,lng"); an
 * unknown place is a field error on `near` ("fields.nearNotFound").
 */
export async function resolveSearchParams(
  params: RawParams,
  locale: SearchLocale,
): Promise<{ ok: true; query: SearchQuery } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const parsed: ParsedSearchParams = parseSearchParams(params, locale);
  if (!parsed.ok) return parsed;
  if (parsed.nearText === null) return { ok: true, query: parsed.query };
  const near = await resolveNear(parsed.nearText);
  if (!near) return { ok: false, fieldErrors: { near: ["fields.nearNotFound"] } };
  return { ok: true, query: { ...parsed.query, near } };
}
