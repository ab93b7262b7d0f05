// Index settings live in code, applied by every reindex and checked by unit tests, so the
// index can be rebuilt from nothing (Meilisearch needs no backup).
import type { Settings } from "meilisearch";
import { STOP_WORDS } from "../stop-words";
import type { MeiliServiceDocument } from "./document";

type Field = keyof MeiliServiceDocument & string;

/** In order of importance: a match in a name outranks one in a description. */
export const SEARCHABLE_ATTRIBUTES: Field[] = [
  "name_fr",
  "name_en",
  "alternate_name",
  "organization_name_fr",
  "organization_name_en",
  "category_names_fr",
  "category_names_en",
  "municipality_names",
  "clientele_fr",
  "clientele_en",
  "eligibility_fr",
  "eligibility_en",
  "description_fr",
  "description_en",
];

export const FILTERABLE_ATTRIBUTES: (Field | "_geo")[] = [
  "category_codes",
  "regions",
  "municipalities",
  "languages",
  "accessible",
  "free",
  "min_age",
  "max_age",
  "status",
  "has_hours",
  "always_open",
  "open_hours",
  "open_slots",
  "closed_dates",
  "_geo",
];

/** Attributes compared with < or > (ages); every other filter is an equality. */
export const RANGE_ATTRIBUTES: Field[] = ["min_age", "max_age"];

/**
 * Each filter builds only what it is used for: comparison trees for the ages alone (a number
 * filterable for ranges costs a tree of levels per value), equality for the rest, and never
 * facet search.
 */
function filterableAttributes(): Settings["filterableAttributes"] {
  const features = (comparison: boolean) => ({ facetSearch: false, filter: { equality: true, comparison } });
  const equalityOnly = FILTERABLE_ATTRIBUTES.filter((a) => a !== "_geo" && !RANGE_ATTRIBUTES.includes(a as Field));
  return [
    { attributePatterns: equalityOnly, features: features(false) },
    { attributePatterns: RANGE_ATTRIBUTES, features: features(true) },
    "_geo",
  ];
}

/** The attributes a filterableAttributes setting names, whatever its form. */
export function filterableNames(attributes: Settings["filterableAttributes"]): string[] {
  return (attributes ?? []).flatMap((a) => (typeof a === "string" ? [a] : a.attributePatterns));
}

export const SORTABLE_ATTRIBUTES: (Field | "_geo")[] = ["name_sort_fr", "name_sort_en", "_geo"];

/** The facets the search page shows; their distribution is asked for on every search. */
export const FACET_ATTRIBUTES: Field[] = ["category_codes", "regions", "municipalities", "languages", "accessible"];

/**
 * Bilingual synonym groups (table search_synonym_group) as Meilisearch's map: every term
 * points to all the others of its groups. Keys are lower-case because Meilisearch matches
 * synonyms on normalised words.
 */
export function synonymsMap(groups: string[][]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  return Object.fromEntries(
    [...map.entries()].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others].sort()]),
  );
}

/** Above any directory this app serves (a whole country's 211 is a few hundred thousand services). */
export const MAX_TOTAL_HITS = 10_000_000;

export function indexSettings(synonymGroups: string[][]): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: filterableAttributes(),
    // Nothing searches facet values (the page lists them all): no facet-value index to build.
    facetSearch: false,
    sortableAttributes: SORTABLE_ATTRIBUTES,
    // Default rules; "sort" after relevance so that proximity orders equally relevant hits.
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms: synonymsMap(synonymGroups),
    // The same function words as the PostgreSQL engine's query parser ignores.
    stopWords: [...STOP_WORDS].sort(),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      // Phone numbers and postal codes must match exactly.
      disableOnNumbers: true,
    },
    localizedAttributes: [
      { attributePatterns: ["*_fr"], locales: ["fra"] },
      { attributePatterns: ["*_en"], locales: ["eng"] },
    ],
    faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { "*": "count" } },
    // Exact totals: the default cap (1,000) or any cap would let totals disagree with facet
    // counts, which Meilisearch always counts over every match (29,679 "banque alimentaire"
    // services at 200,000 shown as 5,000 results). Counting is a bitmap length, not ranking:
    // only the requested page is ranked, and the API stops at page 1,000 anyway.
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}
