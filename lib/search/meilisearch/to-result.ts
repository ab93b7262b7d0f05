// Meilisearch's answer → the engine-neutral SearchResult (pure, unit-tested).
import { localize } from "@/lib/i18n/localized";
import { accessibilityLabel, languageLabel } from "../postgres/facet-labels";
import type { SearchFacets, SearchHit, SearchLocale, SearchQuery, SearchResult } from "../types";
import { documentOpenAt, type MeiliServiceDocument } from "./document";

export type FacetLabels = {
  categories: Map<string, { fr: string; en: string | null }>;
  regions: Map<string, { fr: string; en: string }>;
  municipalities: Map<string, string>;
};

/**
 * What a hit shows, the only attributes a search asks for: a whole document (descriptions,
 * every category name, 480 open slots…) is several times larger, and Meilisearch spent its
 * time serializing it (68–85 KB of JSON for 20 hits).
 */
export const DISPLAY_ATTRIBUTES = [
  "id",
  "slug",
  "name_fr",
  "name_en",
  "summary_fr",
  "summary_en",
  "organization",
  "categories",
  "phones",
  "address",
  "status",
  "alert_fr",
  "alert_en",
  "hours",
  // Meilisearch returns a hit's _geoDistance only with its _geo.
  "_geo",
] as const satisfies readonly (keyof MeiliServiceDocument)[];

export type MeiliHit = Pick<MeiliServiceDocument, (typeof DISPLAY_ATTRIBUTES)[number]> & { _geoDistance?: number };

export function toHit(doc: MeiliHit, query: SearchQuery, now: Date): SearchHit {
  const locale = query.locale;
  return {
    id: doc.id,
    slug: doc.slug,
    name: localize(locale, doc.name_fr, doc.name_en),
    organization: {
      id: doc.organization.id,
      slug: doc.organization.slug,
      name: localize(locale, doc.organization.name_fr, doc.organization.name_en),
    },
    summary: localize(locale, doc.summary_fr, doc.summary_en),
    categories: [...doc.categories]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({ code: c.code, name: localize(locale, c.name_fr, c.name_en) })),
    phones: doc.phones,
    address: doc.address
      ? { street: doc.address.street, municipality: doc.address.municipality, postalCode: doc.address.postal_code }
      : null,
    distanceKm: typeof doc._geoDistance === "number" ? Math.round(doc._geoDistance / 100) / 10 : null,
    openNow: documentOpenAt(doc, now),
    status: doc.status,
    alert: localize(locale, doc.alert_fr, doc.alert_en),
  };
}

/** Facet name → value → count, each facet counted without its own filter (disjunctive). */
export type Distribution = Record<string, Record<string, number>> | undefined;

type Labelled = { value: string; label: string; count: number };
const byCount = (a: Labelled, b: Labelled) => b.count - a.count || a.value.localeCompare(b.value);
const entries = (counts: Record<string, number> | undefined) => Object.entries(counts ?? {}).filter(([, n]) => n > 0);

/** Same values, labels and order as the PostgreSQL engine's facets. */
export function toFacets(distribution: Distribution, locale: SearchLocale, labels: FacetLabels): SearchFacets {
  const accessible = distribution?.accessible?.["true"] ?? 0;
  const label = (names: { fr: string; en: string | null } | undefined) =>
    names ? (locale === "en" && names.en) || names.fr : undefined;
  return {
    category: entries(distribution?.category_codes)
      .filter(([code]) => labels.categories.has(code))
      .map(([value, count]) => ({ value, label: label(labels.categories.get(value))!, count }))
      .sort(byCount),
    region: entries(distribution?.regions)
      .filter(([code]) => labels.regions.has(code))
      .map(([value, count]) => ({ value, label: label(labels.regions.get(value))!, count }))
      .sort((a, b) => a.value.localeCompare(b.value)),
    municipality: entries(distribution?.municipalities)
      .filter(([slug]) => labels.municipalities.has(slug))
      .map(([value, count]) => ({ value, label: labels.municipalities.get(value)!, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    language: entries(distribution?.languages)
      .map(([value, count]) => ({ value, label: languageLabel(value, locale), count }))
      .sort(byCount),
    accessibility:
      accessible > 0 ? [{ value: "wheelchair", label: accessibilityLabel(locale), count: accessible }] : [],
  };
}

export function toResult(
  response: { hits: MeiliHit[]; totalHits?: number; facetDistribution?: Distribution },
  query: SearchQuery,
  labels: FacetLabels,
  tookMs: number,
  now: Date,
): SearchResult {
  return {
    total: response.totalHits ?? response.hits.length,
    page: query.page,
    perPage: query.perPage,
    tookMs,
    hits: response.hits.map((hit) => toHit(hit, query, now)),
    facets: toFacets(response.facetDistribution, query.locale, labels),
    near: query.near ?? null,
  };
}
