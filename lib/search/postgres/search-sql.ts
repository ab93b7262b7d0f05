import type { SearchQuery } from "../types";
import { narrowFacets } from "./facet-sql";
import { openNowCondition } from "./open-now-sql";
import { SqlParams } from "./sql-params";

/** to_tsquery() texts; `names` is the same query restricted to the services' names (weight A). */
export type TextQuery = { fr: string; en: string; simple: string; names: string } | null;

const haversine = (lat: string, lng: string) =>
  `2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(p.lat - ${lat}) / 2), 2)
     + cos(radians(${lat})) * cos(radians(p.lat)) * power(sin(radians(p.lng - ${lng}) / 2), 2))))`;

/**
 * One statement answers a search: the matching documents are collected once (`base`), then
 * the page of hits, the total and every facet are aggregated from it. Facets are disjunctive:
 * each is counted with all filters applied except its own. No joins on the hot path except
 * the tiny label tables of the facets; the display payload and hours (the widest columns) are
 * read for the page's rows only.
 */
export function buildSearchSql(query: SearchQuery, text: TextQuery) {
  const params = new SqlParams();
  const locale = query.locale;
  const where: string[] = [];
  let rank = "0";
  let qCte = `q AS (SELECT NULL::tsquery AS fr, NULL::tsquery AS en, NULL::tsquery AS simple, NULL::tsquery AS names)`;

  if (text) {
    const fr = params.add(text.fr);
    const en = params.add(text.en);
    const simple = params.add(text.simple);
    const [primary, secondary] = locale === "en" ? ["en", "fr"] : ["fr", "en"];
    // The first condition is the one the index answers (search_document_tsv_all_idx, on the
    // three vectors together: one estimate, not three multiplied as if independent); the
    // second keeps each query on its own vector (a French stem must match French text).
    where.push(`(d.tsv_fr || d.tsv_en || d.tsv_simple) @@ (q.fr || q.en || q.simple)`);
    where.push(`(d.tsv_fr @@ q.fr OR d.tsv_en @@ q.en OR d.tsv_simple @@ q.simple)`);
    // ts_rank, not ts_rank_cd: with synonyms a query is a long OR, and cover density then
    // costs ~20× more per matching row (bench/README.md). A service whose name holds every
    // word of the query ranks above the ones that only mention them.
    rank = `(ts_rank(d.tsv_${primary}, q.${primary}) + 0.3 * ts_rank(d.tsv_${secondary}, q.${secondary})
             + 0.5 * ts_rank(d.tsv_simple, q.simple) + CASE WHEN d.tsv_simple @@ q.names THEN 0.5 ELSE 0 END)`;
    qCte = `q AS (SELECT to_tsquery('french', ${fr}) AS fr, to_tsquery('english', ${en}) AS en,
                             to_tsquery('simple', ${simple}) AS simple, to_tsquery('simple', ${params.add(text.names)}) AS names)`;
  }

  if (query.free) where.push(`d.is_free`);
  if (query.age !== undefined) {
    const age = params.add(query.age, "int");
    where.push(`(d.min_age IS NULL OR d.min_age <= ${age}) AND (d.max_age IS NULL OR d.max_age >= ${age})`);
  }
  if (query.openNow) where.push(openNowCondition(query.now ?? new Date(), params));

  let distance = "NULL::float8";
  if (query.near) {
    const lat = params.add(query.near.lat, "float8");
    const lng = params.add(query.near.lng, "float8");
    distance = `(SELECT min(${haversine(lat, lng)}) FROM unnest(d.latitudes, d.longitudes) AS p(lat, lng))`;
  }

  // Facet filters: kept as flags so that each facet can ignore its own.
  const flag = (condition: string | null) => condition ?? "true";
  // `@>` and `&&`, not `= ANY(…)`: the array operators the GIN indexes answer.
  const holds = (column: string, value: string | undefined) =>
    value ? `d.${column} @> ARRAY[${params.add(value)}]::text[]` : null;
  const flags = {
    cat: flag(query.categories.length > 0 ? `d.category_codes && ${params.add(query.categories, "text[]")}` : null),
    region: flag(holds("region_codes", query.region)),
    muni: flag(holds("municipality_slugs", query.municipality)),
    lang: flag(holds("language_codes", query.language)),
    acc: flag(query.accessible ? `d.accessible` : null),
  };
  const facets = narrowFacets(text === null && !query.openNow && !query.near, flags, where);
  const radius = query.near && query.radiusKm !== undefined ? params.add(query.radiusKm, "float8") : null;
  const all = `m_cat AND m_region AND m_muni AND m_lang AND m_acc`;

  const sortName = locale === "en" ? "d.sort_name_en" : "d.sort_name_fr";
  let order: string;
  if (text && query.near) {
    // Relevance first; among comparable matches (same quarter of the best score), nearer first.
    order = `ceil(4 * rank / nullif(best, 0)) DESC, distance ASC NULLS LAST, rank DESC, sort_name`;
  } else if (text) {
    order = `rank DESC, sort_name`;
  } else if (query.near) {
    order = `distance ASC NULLS LAST, sort_name`;
  } else {
    order = `sort_name`;
  }
  const limit = params.add(query.perPage, "int");
  const offset = params.add((query.page - 1) * query.perPage, "int");
  const nameCol = (table: string) =>
    locale === "en" ? `coalesce(${table}.name_en, ${table}.name_fr)` : `${table}.name_fr`;

  // With a filter, ranking waits until the filters have kept their rows: the facets need every
  // text match (each ignores its own filter), the order only the kept ones — "épicerie
  // solidaire" in one category ranks 836 of the 29,679 documents it matches at 200,000.
  const filteredLater = text !== null && (Object.values(flags).some((f) => f !== "true") || radius !== null);
  // A row counts (in the page, the total or a facet) only within the radius, when there is one.
  const inRadius = (condition: string) => (radius ? `${condition} AND distance <= ${radius}` : condition);
  const best = text && query.near ? "max(rank) OVER ()" : "NULL::float8";

  const sql = `
WITH ${qCte},
base AS ${facets.baseMaterialized ? "MATERIALIZED" : "NOT MATERIALIZED"} (
  SELECT d.service_id, ${sortName} AS sort_name,
         d.category_codes, d.region_codes, d.municipality_slugs, d.language_codes, d.accessible,
         ${filteredLater ? "" : `${rank} AS rank,`} ${distance} AS distance,
         ${flags.cat} AS m_cat, ${flags.region} AS m_region, ${flags.muni} AS m_muni,
         ${flags.lang} AS m_lang, ${flags.acc} AS m_acc
  FROM ${facets.table}
  ${facets.where.length > 0 ? `WHERE ${facets.where.join("\n    AND ")}` : ""}
),
filtered AS (
  SELECT *, ${best} AS best FROM ${
    filteredLater
      ? `(SELECT b.*, ${rank} AS rank FROM base b JOIN search_document d USING (service_id), q
          WHERE ${inRadius(all)}) ranked`
      : `base WHERE ${inRadius(all)}`
  }
),
-- ORDER BY … LIMIT alone (no window over every match) lets PostgreSQL keep only the best rows
-- while reading them (a bounded "top-N" sort); the page is sorted again, by the same keys, below.
page AS (
  SELECT service_id, distance, rank, best, sort_name
  FROM filtered ORDER BY ${order}, service_id LIMIT ${limit} OFFSET ${offset}
)
SELECT
  ${facets.total ?? "(SELECT count(*) FROM filtered)::int"} AS total,
  (SELECT coalesce(json_agg(json_build_object('id', service_id, 'slug', d.slug, 'display', d.display, 'hours', d.hours,
                                              'status', d.status, 'distance', p.distance) ORDER BY ${order}, service_id), '[]')
   FROM page p JOIN search_document d USING (service_id)) AS hits,
  (SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', ${nameCol("t")}, 'count', f.n)
                            ORDER BY f.n DESC, t.code), '[]')
   FROM (${facets.count("cat", "category_codes", inRadius)}) f
   JOIN taxonomy_term t ON t.code = f.value) AS category,
  (SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', ${nameCol("r")}, 'count', f.n)
                            ORDER BY r.code), '[]')
   FROM (${facets.count("region", "region_codes", inRadius)}) f
   JOIN region r ON r.code = f.value) AS region,
  (SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', m.name, 'count', f.n)
                            ORDER BY f.n DESC, m.name), '[]')
   FROM (${facets.count("muni", "municipality_slugs", inRadius)}) f
   JOIN municipality m ON m.slug = f.value) AS municipality,
  (SELECT coalesce(json_agg(json_build_object('value', value, 'count', n) ORDER BY n DESC, value), '[]')
   FROM (${facets.count("lang", "language_codes", inRadius)}) f) AS language,
  (SELECT coalesce(sum(n), 0)::int FROM (${facets.count("acc", null, inRadius)}) f) AS accessible`;

  return { sql, values: params.values };
}
