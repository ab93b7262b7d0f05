// Where a search's rows and facet counts are read from (see search-sql.ts). A search with
// words reads its matches in search_document (the text vectors are needed to match and rank).
// Without words, and with no open-now or distance condition, it reads the narrow search_facet
// rows through their indexes, never every document:
// - a facet whose only filter is its own (browsing one category: the category facet counts
//   every other category) reads the per-value counts kept in search_facet_count;
// - every other facet counts rows that pass at least one facet filter, so the rows read are
//   those the filters' GIN indexes find (`f1 OR f2 …`), not the whole table.
// Counts stay exact: search_facet and search_facet_count are rewritten with the documents.

export type FacetFlags = Record<"cat" | "region" | "muni" | "lang" | "acc", string>;
type FacetKey = keyof FacetFlags;

const COUNT_NAMES: Record<FacetKey, string> = {
  cat: "category",
  region: "region",
  muni: "municipality",
  lang: "language",
  acc: "accessible",
};

/**
 * `flags`: each facet filter's condition ("true" when unset); `where`: the other conditions
 * (words, price, age, open now). A facet is counted with every filter except its own.
 */
export function narrowFacets(narrow: boolean, flags: FacetFlags, where: string[]) {
  const keys = Object.keys(flags) as FacetKey[];
  const active = keys.filter((key) => flags[key] !== "true");
  const otherConditions = where.length > 0;
  const fromCounts = (key: FacetKey) => narrow && !otherConditions && active.every((k) => k === key);
  const everythingFromCounts = narrow && !otherConditions && active.length === 0;
  const except = (name: FacetKey) =>
    keys
      .filter((key) => key !== name)
      .map((key) => `m_${key}`)
      .join(" AND ");
  // Rows no facet needs are not read: with facet filters, every counted row passes all of
  // them but (at most) one — unless a facet that ignores the only filter reads the counts.
  const someFilter = narrow && (active.length >= 2 || (active.length === 1 && !otherConditions));
  return {
    table: narrow ? "search_facet d" : "search_document d, q",
    where: someFilter ? [...where, `(${active.map((key) => flags[key]).join(" OR ")})`] : where,
    // Browsing everything: the page comes from the name index, so `base` must not be collected.
    baseMaterialized: !everythingFromCounts,
    total: everythingFromCounts
      ? `(SELECT coalesce(sum(documents), 0) FROM search_facet_count WHERE facet = 'all')::int`
      : null,
    /** Rows (value, n) of one facet; `column` null for the accessibility flag. */
    count(key: FacetKey, column: string | null, inRadius: (condition: string) => string) {
      if (fromCounts(key))
        return `SELECT value, documents AS n FROM search_facet_count WHERE facet = '${COUNT_NAMES[key]}' AND documents > 0`;
      const condition = inRadius(except(key));
      if (column === null)
        return `SELECT 'true' AS value, count(*)::int AS n FROM base WHERE accessible AND ${condition}`;
      return `SELECT value, count(*)::int AS n FROM base, unnest(${column}) AS value WHERE ${condition} GROUP BY value`;
    },
  };
}
