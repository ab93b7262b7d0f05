import type { SearchLocale } from "@/lib/search/types";

/**
 * The query parameters of the HSDS API (schema/openapi.json, components.parameters), parsed
 * once for every endpoint. Out-of-range values are refused with a field message key (namespace
 * OpenData.api.fields), never clamped, as /api/search does. Unknown parameters are ignored.
 */
export type HsdsParams = {
  locale: SearchLocale;
  page: number;
  perPage: number;
  format: "json" | "ndjson";
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  parentId?: string;
  modifiedAfter?: Date;
  minimal: boolean;
  full: boolean;
  fullService: boolean;
  topOnly: boolean;
  postcode?: string;
  proximityMeters?: number;
};

export type ParsedParams = { ok: true; params: HsdsParams } | { ok: false; fieldErrors: Record<string, string[]> };

export const MAX_PER_PAGE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSTCODE = /^[A-Z]\d[A-Z](\s?\d[A-Z]\d)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isRecordId(value: string) {
  return UUID.test(value);
}

export function parseHsdsParams(query: URLSearchParams, locale: SearchLocale): ParsedParams {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, key: string) => (errors[field] ??= []).push(key);
  const text = (name: string) => {
    const value = query.get(name);
    return value === null || value.trim() === "" ? undefined : value.trim();
  };

  const integer = (name: string, min: number, max: number, fallback: number, key: string) => {
    const value = text(name);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!/^\d{1,9}$/.test(value) || number < min || number > max) fail(name, key);
    return number;
  };
  const flag = (name: string) => {
    const value = text(name)?.toLowerCase();
    if (value === undefined || value === "false" || value === "0") return false;
    if (value === "true" || value === "1") return true;
    fail(name, "fields.boolean");
    return false;
  };
  const id = (name: string) => {
    const value = text(name);
    if (value !== undefined && !UUID.test(value)) fail(name, "fields.id");
    return value?.toLowerCase();
  };

  const format = text("format") ?? "json";
  if (format !== "json" && format !== "ndjson") fail("format", "fields.format");
  const lang = query.get("lang");
  if (lang !== null && lang !== "fr" && lang !== "en") fail("lang", "fields.lang");

  const modified = text("modified_after");
  const modifiedAfter = modified && DATE_TIME.test(modified) ? new Date(modified) : undefined;
  if (modified !== undefined && (!modifiedAfter || Number.isNaN(modifiedAfter.getTime())))
    fail("modified_after", "fields.dateTime");

  const postcode = text("postcode")?.toUpperCase();
  if (postcode !== undefined && !POSTCODE.test(postcode)) fail("postcode", "fields.postcode");
  const proximity = text("proximity");
  const proximityMeters = proximity === undefined ? undefined : Number(proximity);
  if (proximityMeters !== undefined && !(proximityMeters >= 1 && proximityMeters <= 500_000))
    fail("proximity", "fields.proximity");
  if (proximity !== undefined && postcode === undefined) fail("proximity", "fields.proximityNeedsPostcode");

  const search = text("search");
  const params: HsdsParams = {
    locale,
    page: integer("page", 1, 100_000, 1, "fields.page"),
    perPage: integer("per_page", 1, MAX_PER_PAGE, 50, "fields.perPage"),
    format: format === "ndjson" ? "ndjson" : "json",
    search: search?.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200),
    taxonomyTermId: id("taxonomy_term_id"),
    taxonomyId: id("taxonomy_id"),
    organizationId: id("organization_id"),
    parentId: id("parent_id"),
    modifiedAfter,
    minimal: flag("minimal"),
    full: flag("full"),
    fullService: flag("full_service"),
    topOnly: flag("top_only"),
    postcode,
    proximityMeters,
  };
  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, params };
}
