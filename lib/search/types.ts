import type { LocalizedText } from "@/lib/i18n/localized";

// The public contract of search: pages and the JSON API depend on these types only,
// never on an engine. A second engine (Meilisearch) implements `SearchEngine`.

export type SearchLocale = "fr" | "en";

export type NearPoint = { lat: number; lng: number; label: string };

export type SearchQuery = {
  /** Free text as typed; may be "". Normalised by the engine (lib/search/query-parser.ts). */
  q: string;
  locale: SearchLocale;
  /** Taxonomy codes, any level: a code matches its descendants. */
  categories: string[];
  region?: "03" | "12";
  /** Municipality slug. */
  municipality?: string;
  /** ISO 639-1 code of a language the service is offered in. */
  language?: string;
  accessible?: boolean;
  free?: boolean;
  /** A person's age: the service's [min, max] range must contain it. */
  age?: number;
  openNow?: boolean;
  /** Already resolved (lib/geo/resolve-near.ts). */
  near?: NearPoint;
  radiusKm?: number;
  /** Validated: page ≥ 1, 1 ≤ perPage ≤ 50. */
  page: number;
  perPage: number;
  /** For tests; default new Date(). */
  now?: Date;
};

export type SearchHit = {
  id: string;
  slug: string;
  name: LocalizedText;
  organization: { id: string; slug: string; name: LocalizedText };
  summary: LocalizedText | null;
  categories: { code: string; name: LocalizedText }[];
  phones: { number: string; extension: string | null; type: string }[];
  address: { street: string; municipality: string; postalCode: string } | null;
  distanceKm: number | null;
  openNow: boolean | null;
  status: "active" | "temporarily_closed";
  alert: LocalizedText | null;
};

export type FacetValue = { value: string; label: string; count: number };

export type SearchFacets = {
  category: FacetValue[];
  region: FacetValue[];
  municipality: FacetValue[];
  language: FacetValue[];
  accessibility: FacetValue[];
};

export type SearchResult = {
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: SearchHit[];
  facets: SearchFacets;
  near: NearPoint | null;
};

export interface SearchEngine {
  name: string;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Rebuild the documents of these services from the database (deleted/archived/inactive → removed). */
  index(serviceIds: string[]): Promise<void>;
  suggest(prefix: string, locale: SearchLocale, limit: number): Promise<string[]>;
}

export const MAX_PER_PAGE = 50;
export const MAX_QUERY_LENGTH = 200;

/**
 * A query an engine refuses as malformed. It is the request's fault, not the engine's: the
 * fallback passes it on instead of taking it for an outage, and the edge answers 400.
 */
export class InvalidSearchQuery extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidSearchQuery";
  }
}
