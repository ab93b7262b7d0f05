// Meilisearch filter expressions from a validated SearchQuery. Every value is checked
// against the shape it must have and then quoted; no user text is ever concatenated raw, so
// a hostile value can neither close the quotes nor add an OR clause. A value that fails its
// shape makes the whole search fail (it means validation upstream was bypassed).
import { InvalidSearchQuery, type SearchQuery } from "../types";
import { VALUE_SHAPES as SHAPES } from "../value-shapes";
import { hourOfSlot, localDate, localWeekSlot } from "./slots";

export class UnsafeFilterValue extends InvalidSearchQuery {
  constructor(field: string) {
    super(`Refusing an unexpected value for the search filter "${field}".`);
  }
}

/** A double-quoted Meilisearch string, escaping the two characters that could end it. */
export function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

function checked(field: keyof typeof SHAPES, value: string): string {
  if (typeof value !== "string" || !SHAPES[field].test(value)) throw new UnsafeFilterValue(field);
  return quote(value);
}

function finite(field: string, value: number, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    throw new UnsafeFilterValue(field);
  return value;
}

/**
 * Outer array = AND, inner array = OR (Meilisearch's array syntax), so each clause is a
 * self-contained expression and precedence cannot be altered by a value.
 */
export type MeiliFilter = (string | string[])[];

/** The filters a facet ignores when it counts its own values (disjunctive facets). */
export type FacetAttribute = "category_codes" | "regions" | "municipalities" | "languages" | "accessible";

export type FilterParts = { facets: Partial<Record<FacetAttribute, string | string[]>>; others: MeiliFilter };

export function filterParts(query: SearchQuery, now: Date = query.now ?? new Date()): FilterParts {
  const facets: FilterParts["facets"] = {};
  const others: MeiliFilter = [];
  if (query.categories.length > 0)
    facets.category_codes = query.categories.map((code) => `category_codes = ${checked("category", code)}`);
  if (query.region) facets.regions = `regions = ${checked("region", query.region)}`;
  if (query.municipality) facets.municipalities = `municipalities = ${checked("municipality", query.municipality)}`;
  if (query.language) facets.languages = `languages = ${checked("language", query.language)}`;
  if (query.accessible) facets.accessible = "accessible = true";
  if (query.free) others.push("free = true");
  if (query.age !== undefined) {
    const age = Math.floor(finite("age", query.age, 0, 150));
    others.push(`min_age <= ${age}`, `max_age >= ${age}`);
  }
  if (query.openNow) {
    const slot = localWeekSlot(now);
    others.push(["always_open = true", `open_hours = ${hourOfSlot(slot)}`, `open_slots = ${slot}`]);
    others.push(`NOT closed_dates = ${quote(localDate(now))}`);
  }
  if (query.near && query.radiusKm !== undefined) others.push(geoRadius(query.near, query.radiusKm));
  return { facets, others };
}

/** The whole filter, or the filter without one facet's own clause. */
export function combine(parts: FilterParts, without?: FacetAttribute): MeiliFilter {
  const facetClauses = Object.entries(parts.facets)
    .filter(([attribute]) => attribute !== without)
    .map(([, clause]) => clause);
  return [...facetClauses, ...parts.others];
}

export function buildFilter(query: SearchQuery, now: Date = query.now ?? new Date()): MeiliFilter {
  return combine(filterParts(query, now));
}

export function geoRadius(point: { lat: number; lng: number }, radiusKm: number): string {
  const meters = Math.round(finite("radiusKm", radiusKm, 0, 1000) * 1000);
  return `_geoRadius(${coordinates(point)}, ${meters})`;
}

export function geoSort(point: { lat: number; lng: number }): string {
  return `_geoPoint(${coordinates(point)}):asc`;
}

/** Fixed notation: String(1e-7) would print an exponent the filter parser does not read. */
function coordinates(point: { lat: number; lng: number }): string {
  return `${finite("lat", point.lat, -90, 90).toFixed(6)}, ${finite("lng", point.lng, -180, 180).toFixed(6)}`;
}
