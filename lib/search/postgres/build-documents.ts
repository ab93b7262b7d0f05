import "server-only";
import { facetWrites } from "./build-facets";
import { HOURS_COLUMNS, hoursJoins, type ServiceFilter } from "./document-hours-sql";

// The statements that (re)build search documents, set-based: they read the directory for a
// batch of services and upsert their documents, or delete them when the service is not public
// any more (archived, inactive/defunct, organization archived or not public). The batch is a
// list of ids (the engine's index()) or a range of ids (reindexAll()): same SQL otherwise.
//
// Shaped for the planner (issues #3 and #6). Every part of a document is an aggregate over
// base tables filtered by the batch directly and grouped by a real column, so PostgreSQL
// estimates its size from the tables' statistics: index lookups for one service, hash and
// merge joins for thousands. (The first version grouped CTEs, which PostgreSQL always guesses
// at 200 groups: it joined them by nested loops — 12 M comparisons for 5,000 services — and
// seq-scanned every child table even for one service.) Texts are unaccented once and shared
// by the three text configurations; an unchanged document is not rewritten.

const PUBLIC = `s.deleted_at IS NULL AND s.status IN ('active', 'temporarily_closed')
  AND o.deleted_at IS NULL AND o.status IN ('active', 'temporarily_closed')`;

const vec = (config: string, weights: [string, string][]) =>
  weights.map(([text, w]) => `setweight(to_tsvector('${config}', ${text}), '${w}')`).join(" || ");

const deleteNotPublic = (where: ServiceFilter) => `
DELETE FROM search_document d
WHERE ${where("d.service_id")}
  AND NOT EXISTS (SELECT 1 FROM service s JOIN organization o ON o.id = s.organization_id
                  WHERE s.id = d.service_id AND ${PUBLIC})`;

const phones = (key: string, where: string) => `
  SELECT p.${key}, jsonb_agg(jsonb_build_object('number', p.number, 'extension', p.extension, 'type', p.type)
                             ORDER BY p.position) AS phones
  FROM phone p WHERE ${where} GROUP BY p.${key}`;

const documents = (where: ServiceFilter) => `
SELECT s.id, s.organization_id, s.slug, s.status, s.is_free, s.minimum_age, s.maximum_age,
       s.name_fr, s.name_en, s.description_fr, s.description_en, s.alert_fr, s.alert_en,
       o.slug AS org_slug, o.name_fr AS org_name_fr, o.name_en AS org_name_en,
       cat.direct, cat.codes, loc.lats, loc.lngs, loc.accessible, loc.address,
       ARRAY(SELECT DISTINCT x FROM unnest(coalesce(loc.muni_slugs, '{}') || coalesce(area.muni_slugs, '{}')) x ORDER BY x) AS munis,
       ARRAY(SELECT DISTINCT x FROM unnest(coalesce(loc.regions, '{}') || coalesce(area.regions, '{}')) x ORDER BY x) AS regions,
       lang.codes AS langs,
       coalesce(sp.phones, op.phones, '[]'::jsonb) AS phones,
       ${HOURS_COLUMNS},
       unaccent(coalesce(s.name_fr, '') || ' ' || coalesce(s.alternate_name, '')) AS a_fr,
       unaccent(coalesce(s.name_en, s.name_fr) || ' ' || coalesce(s.alternate_name, '')) AS a_en,
       unaccent(o.name_fr || ' ' || coalesce(o.alternate_name, '') || ' ' || coalesce(cat.names_fr, '')) AS b_fr,
       unaccent(coalesce(o.name_en, o.name_fr) || ' ' || coalesce(o.alternate_name, '') || ' '
                || coalesce(cat.names_en, '')) AS b_en,
       unaccent(concat_ws(' ', s.description_fr, s.eligibility_description_fr, s.clientele_fr, s.alert_fr)) AS c_fr,
       unaccent(concat_ws(' ', coalesce(s.description_en, s.description_fr),
                coalesce(s.eligibility_description_en, s.eligibility_description_fr),
                coalesce(s.clientele_en, s.clientele_fr), coalesce(s.alert_en, s.alert_fr))) AS c_en,
       unaccent(coalesce(loc.places, '')) AS d_all,
       lower(unaccent(concat_ws(' ', o.name_fr, o.name_en, cat.names_fr, cat.names_en))) AS name_extra
FROM service s
JOIN organization o ON o.id = s.organization_id
-- Categories: the direct terms (for display) and every ancestor's code and names, found by
-- the dotted code ("FOOD.BANK" → "FOOD", "FOOD.BANK").
LEFT JOIN (
  SELECT st.service_id,
         jsonb_agg(DISTINCT jsonb_build_object('code', t.code, 'nameFr', t.name_fr, 'nameEn', t.name_en)) AS direct,
         array_agg(DISTINCT a.code) AS codes,
         string_agg(DISTINCT a.name_fr, ' ') AS names_fr,
         string_agg(DISTINCT coalesce(a.name_en, a.name_fr), ' ') AS names_en
  FROM service_taxonomy_term st
  JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
  CROSS JOIN LATERAL string_to_array(t.code, '.') AS code_parts(part)
  CROSS JOIN LATERAL generate_series(1, cardinality(part)) AS depth
  JOIN taxonomy_term a ON a.code = array_to_string(part[1:depth], '.')
  WHERE ${where("st.service_id")}
  GROUP BY st.service_id
) cat ON cat.service_id = s.id
LEFT JOIN (
  SELECT sal.service_id,
         array_agg(l.latitude ORDER BY l.created_at, l.id) FILTER (WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL) AS lats,
         array_agg(l.longitude ORDER BY l.created_at, l.id) FILTER (WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL) AS lngs,
         bool_or(coalesce(acc.wheelchair_access, false)) AS accessible,
         array_agg(DISTINCT m.slug) FILTER (WHERE m.slug IS NOT NULL) AS muni_slugs,
         array_agg(DISTINCT m.region_code) FILTER (WHERE m.region_code IS NOT NULL) AS regions,
         string_agg(DISTINCT coalesce(m.name, ad.city), ' ') AS places,
         (array_agg(jsonb_build_object('street', ad.address_1, 'municipality', coalesce(m.name, ad.city),
                                       'postalCode', ad.postal_code)
                    ORDER BY l.created_at) FILTER (WHERE ad.id IS NOT NULL))[1] AS address
  FROM service_at_location sal
  JOIN location l ON l.id = sal.location_id AND l.deleted_at IS NULL
  LEFT JOIN accessibility acc ON acc.location_id = l.id
  -- A location's address: its physical one if it has one.
  LEFT JOIN (
    SELECT DISTINCT ON (a.location_id) a.id, a.location_id, a.address_1, a.postal_code, a.city, a.municipality_id
    FROM address a
    WHERE a.location_id IN (SELECT location_id FROM service_at_location WHERE ${where("service_id")})
    ORDER BY a.location_id, (a.address_type = 'physical') DESC
  ) ad ON ad.location_id = l.id
  LEFT JOIN municipality m ON m.id = ad.municipality_id
  WHERE ${where("sal.service_id")}
  GROUP BY sal.service_id
) loc ON loc.service_id = s.id
LEFT JOIN (
  SELECT sa.service_id,
         array_agg(DISTINCT m.slug) FILTER (WHERE m.slug IS NOT NULL) AS muni_slugs,
         array_agg(DISTINCT coalesce(sa.region_code, m.region_code))
           FILTER (WHERE coalesce(sa.region_code, m.region_code) IS NOT NULL) AS regions
  FROM service_area sa LEFT JOIN municipality m ON m.id = sa.municipality_id
  WHERE ${where("sa.service_id")}
  GROUP BY sa.service_id
) area ON area.service_id = s.id
LEFT JOIN (
  SELECT service_id, array_agg(code ORDER BY code) AS codes FROM service_language
  WHERE ${where("service_id")} GROUP BY service_id
) lang ON lang.service_id = s.id
LEFT JOIN (${phones("service_id", where("p.service_id"))}) sp ON sp.service_id = s.id
LEFT JOIN (${phones("organization_id", `p.organization_id IN (SELECT organization_id FROM service WHERE ${where("id")})`)}) op
  ON op.organization_id = s.organization_id
${hoursJoins(where)}
WHERE ${where("s.id")} AND ${PUBLIC}
OFFSET 0`; // OFFSET 0: the texts above are computed once, not inlined again at every use below.

const DOCUMENT_COLUMNS = `organization_id slug status sort_name_fr sort_name_en tsv_fr tsv_en tsv_simple name_text
  category_codes region_codes municipality_slugs language_codes accessible is_free min_age max_age latitudes longitudes
  open_week hours_simple hours display`.split(/\s+/);

const upsert = (where: ServiceFilter) => `
INSERT INTO search_document AS d (
  service_id, organization_id, slug, status, sort_name_fr, sort_name_en, tsv_fr, tsv_en, tsv_simple, name_text,
  category_codes, region_codes, municipality_slugs, language_codes, accessible, is_free, min_age, max_age,
  latitudes, longitudes, open_week, hours_simple, hours, display, indexed_at)
SELECT id, organization_id, slug, status, lower(unaccent(name_fr)), lower(unaccent(coalesce(name_en, name_fr))),
  ${vec("french", [
    ["a_fr", "A"],
    ["b_fr", "B"],
    ["c_fr", "C"],
    ["d_all", "D"],
  ])},
  ${vec("english", [
    ["a_en", "A"],
    ["b_en", "B"],
    ["c_en", "C"],
    ["d_all", "D"],
  ])},
  ${vec("simple", [
    ["a_fr || ' ' || a_en", "A"],
    ["b_fr || ' ' || b_en", "B"],
    ["c_fr || ' ' || c_en", "C"],
    ["d_all", "D"],
  ])},
  lower(concat_ws(' ', a_fr, a_en, name_extra)),
  coalesce(codes, '{}'), regions, munis, coalesce(langs, '{}'), coalesce(accessible, false), is_free,
  minimum_age, maximum_age, coalesce(lats, '{}'), coalesce(lngs, '{}'), open_week, coalesce(simple, true), hours,
  jsonb_build_object(
    'nameFr', name_fr, 'nameEn', name_en,
    'organization', jsonb_build_object('id', organization_id, 'slug', org_slug, 'nameFr', org_name_fr, 'nameEn', org_name_en),
    'descriptionFr', left(description_fr, 400), 'descriptionEn', left(description_en, 400),
    'categories', coalesce(direct, '[]'::jsonb), 'phones', phones, 'address', address,
    'alertFr', alert_fr, 'alertEn', alert_en),
  now()
FROM (${documents(where)}) doc
ON CONFLICT (service_id) DO UPDATE SET
  ${DOCUMENT_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(", ")}, indexed_at = EXCLUDED.indexed_at
-- An unchanged document is left alone: no new row version, no index entries to add.
WHERE (${DOCUMENT_COLUMNS.map((column) => `d.${column}`).join(", ")})
  IS DISTINCT FROM (${DOCUMENT_COLUMNS.map((column) => `EXCLUDED.${column}`).join(", ")})`;

const byIds: ServiceFilter = (column) => `${column} = ANY($1::uuid[])`;
const byRange: ServiceFilter = (column) => `${column} > $1::uuid AND ${column} <= $2::uuid`;

/** `$1`: uuid[] of service ids (the engine's index()). */
export const DELETE_NOT_PUBLIC_SQL = deleteNotPublic(byIds);
export const UPSERT_DOCUMENTS_SQL = upsert(byIds);
/** After LOCK_FACETS_SQL (build-facets.ts): the batch's narrow facet rows and counts, `$1` as above. */
export const WRITE_FACETS_SQL = facetWrites(byIds);

/**
 * Services with `$1 < id <= $2` (reindexAll's batches: index range scans, and a plan that does
 * not grow with a list of thousands of ids). The delete also drops documents of services
 * deleted outright.
 */
export const DELETE_NOT_PUBLIC_IN_RANGE_SQL = deleteNotPublic(byRange);
export const UPSERT_DOCUMENTS_IN_RANGE_SQL = upsert(byRange);
export const WRITE_FACETS_IN_RANGE_SQL = facetWrites(byRange);

/** New words of these documents join the typo-correction vocabulary. */
export const ADD_VOCABULARY_SQL = `
INSERT INTO search_vocabulary (word, documents)
SELECT word, count(*) FROM search_document d, unnest(tsvector_to_array(d.tsv_simple)) AS word
WHERE d.service_id = ANY($1::uuid[]) AND length(word) BETWEEN 3 AND 40 AND word !~ '[0-9]'
GROUP BY word
ON CONFLICT (word) DO NOTHING`;

/** Full recount (reindexAll): words no document uses any more disappear. */
export const REBUILD_VOCABULARY_SQL = [
  `TRUNCATE search_vocabulary`,
  `INSERT INTO search_vocabulary (word, documents)
   SELECT word, ndoc FROM ts_stat('SELECT tsv_simple FROM search_document')
   WHERE length(word) BETWEEN 3 AND 40 AND word !~ '[0-9]'`,
];
