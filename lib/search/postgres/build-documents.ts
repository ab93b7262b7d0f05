import "server-only";

// The one statement that (re)builds search documents, set-based: it reads the directory for
// a batch of service ids and upserts their documents, or deletes them when the service is not
// public any more (archived, inactive/defunct, organization archived or not public).
// `$1` is a uuid[] of service ids. Used by the engine's index() and by reindexAll().

const PUBLIC = `s.deleted_at IS NULL AND s.status IN ('active', 'temporarily_closed')
  AND o.deleted_at IS NULL AND o.status IN ('active', 'temporarily_closed')`;

const vec = (config: string, weights: [string, string][]) =>
  weights.map(([text, w]) => `setweight(to_tsvector('${config}', unaccent(${text})), '${w}')`).join(" || ");

export const DELETE_NOT_PUBLIC_SQL = `
DELETE FROM search_document d
WHERE d.service_id = ANY($1::uuid[])
  AND NOT EXISTS (SELECT 1 FROM service s JOIN organization o ON o.id = s.organization_id
                  WHERE s.id = d.service_id AND ${PUBLIC})`;

export const UPSERT_DOCUMENTS_SQL = `
WITH svc AS (
  SELECT s.*, o.slug AS org_slug, o.name_fr AS org_name_fr, o.name_en AS org_name_en,
         o.alternate_name AS org_alternate_name
  FROM service s JOIN organization o ON o.id = s.organization_id
  WHERE s.id = ANY($1::uuid[]) AND ${PUBLIC}
),
cat AS (
  SELECT st.service_id,
         jsonb_agg(DISTINCT jsonb_build_object('code', t.code, 'nameFr', t.name_fr, 'nameEn', t.name_en)) AS direct,
         array_agg(DISTINCT a.code) AS codes,
         string_agg(DISTINCT a.name_fr, ' ') AS names_fr,
         string_agg(DISTINCT coalesce(a.name_en, a.name_fr), ' ') AS names_en
  FROM service_taxonomy_term st
  JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
  JOIN taxonomy_term a ON t.code = a.code OR t.code LIKE a.code || '.%'
  WHERE st.service_id IN (SELECT id FROM svc)
  GROUP BY st.service_id
),
loc AS (
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
  LEFT JOIN LATERAL (SELECT * FROM address a WHERE a.location_id = l.id
                     ORDER BY (a.address_type = 'physical') DESC LIMIT 1) ad ON true
  LEFT JOIN municipality m ON m.id = ad.municipality_id
  WHERE sal.service_id IN (SELECT id FROM svc)
  GROUP BY sal.service_id
),
area AS (
  SELECT sa.service_id,
         array_agg(DISTINCT m.slug) FILTER (WHERE m.slug IS NOT NULL) AS muni_slugs,
         array_agg(DISTINCT coalesce(sa.region_code, m.region_code))
           FILTER (WHERE coalesce(sa.region_code, m.region_code) IS NOT NULL) AS regions
  FROM service_area sa LEFT JOIN municipality m ON m.id = sa.municipality_id
  WHERE sa.service_id IN (SELECT id FROM svc)
  GROUP BY sa.service_id
),
lang AS (
  SELECT service_id, array_agg(code ORDER BY code) AS codes FROM service_language
  WHERE service_id IN (SELECT id FROM svc) GROUP BY service_id
),
phone AS (
  SELECT svc.id AS service_id,
         coalesce(
           (SELECT jsonb_agg(jsonb_build_object('number', p.number, 'extension', p.extension, 'type', p.type)
                             ORDER BY p.position) FROM phone p WHERE p.service_id = svc.id),
           (SELECT jsonb_agg(jsonb_build_object('number', p.number, 'extension', p.extension, 'type', p.type)
                             ORDER BY p.position) FROM phone p WHERE p.organization_id = svc.organization_id),
           '[]'::jsonb) AS phones
  FROM svc
),
-- Hours: the service's own schedules (or its service-at-location ones); else its locations'.
-- Plain equi-joins in a UNION ALL (an OR in the join condition made PostgreSQL scan every schedule).
own_sched AS (
  SELECT sc.service_id, sc.id, sc.valid_from, sc.valid_to, sc.always_open
  FROM schedule sc WHERE sc.service_id IN (SELECT id FROM svc)
  UNION ALL
  SELECT sal.service_id, sc.id, sc.valid_from, sc.valid_to, sc.always_open
  FROM service_at_location sal JOIN schedule sc ON sc.service_at_location_id = sal.id
  WHERE sal.service_id IN (SELECT id FROM svc)
),
sched_src AS (
  SELECT * FROM own_sched
  UNION ALL
  SELECT sal.service_id, sc.id, sc.valid_from, sc.valid_to, sc.always_open
  FROM service_at_location sal
  JOIN location l ON l.id = sal.location_id AND l.deleted_at IS NULL
  JOIN schedule sc ON sc.location_id = l.id
  WHERE sal.service_id IN (SELECT id FROM svc)
    AND sal.service_id NOT IN (SELECT service_id FROM own_sched)
),
sched AS (
  SELECT sc.service_id,
         jsonb_agg(jsonb_build_object(
           'validFrom', sc.valid_from, 'validTo', sc.valid_to, 'alwaysOpen', sc.always_open,
           'ranges', coalesce((SELECT jsonb_agg(jsonb_build_object('weekday', r.weekday, 'opensAt', r.opens_at,
                                                                   'closesAt', r.closes_at))
                               FROM schedule_range r WHERE r.schedule_id = sc.id), '[]'::jsonb),
           'closures', coalesce((SELECT jsonb_agg(to_char(c.date, 'YYYY-MM-DD') ORDER BY c.date)
                                 FROM schedule_closure c WHERE c.schedule_id = sc.id), '[]'::jsonb))) AS hours,
         bool_and(sc.valid_from IS NULL AND sc.valid_to IS NULL
                  AND NOT EXISTS (SELECT 1 FROM schedule_closure c WHERE c.schedule_id = sc.id)) AS simple
  FROM sched_src sc GROUP BY sc.service_id
),
week AS (
  -- Minute-of-week ranges (Monday 00:00 = 0); past-midnight ranges run into the next day and
  -- Sunday-night ones wrap to Monday morning.
  SELECT sc.service_id,
         range_agg(w.r) AS open_week
  FROM sched_src sc
  CROSS JOIN LATERAL (
    SELECT int4range(0, 10080) AS r WHERE sc.always_open
    UNION ALL
    SELECT int4range(lo, least(hi, 10080)) FROM (
      SELECT (r.weekday - 1) * 1440 + r.opens_at AS lo,
             (r.weekday - 1) * 1440 + CASE WHEN r.closes_at > r.opens_at THEN r.closes_at ELSE r.closes_at + 1440 END AS hi
      FROM schedule_range r WHERE r.schedule_id = sc.id AND NOT sc.always_open) x
    UNION ALL
    SELECT int4range(0, hi - 10080) FROM (
      SELECT (r.weekday - 1) * 1440 + CASE WHEN r.closes_at > r.opens_at THEN r.closes_at ELSE r.closes_at + 1440 END AS hi
      FROM schedule_range r WHERE r.schedule_id = sc.id AND NOT sc.always_open) y WHERE hi > 10080
  ) w
  GROUP BY sc.service_id
),
doc AS (
  SELECT svc.*, cat.direct, cat.codes, cat.names_fr, cat.names_en, loc.lats, loc.lngs, loc.accessible,
         loc.address, loc.places,
         ARRAY(SELECT DISTINCT unnest(coalesce(loc.muni_slugs, '{}') || coalesce(area.muni_slugs, '{}'))) AS munis,
         ARRAY(SELECT DISTINCT unnest(coalesce(loc.regions, '{}') || coalesce(area.regions, '{}'))) AS regions,
         lang.codes AS langs, phone.phones, sched.hours, sched.simple, week.open_week,
         coalesce(svc.name_fr, '') || ' ' || coalesce(svc.alternate_name, '') AS a_fr,
         coalesce(svc.name_en, svc.name_fr) || ' ' || coalesce(svc.alternate_name, '') AS a_en,
         svc.org_name_fr || ' ' || coalesce(svc.org_alternate_name, '') || ' ' || coalesce(cat.names_fr, '') AS b_fr,
         coalesce(svc.org_name_en, svc.org_name_fr) || ' ' || coalesce(svc.org_alternate_name, '') || ' '
           || coalesce(cat.names_en, '') AS b_en,
         concat_ws(' ', svc.description_fr, svc.eligibility_description_fr, svc.clientele_fr, svc.alert_fr) AS c_fr,
         concat_ws(' ', coalesce(svc.description_en, svc.description_fr),
                   coalesce(svc.eligibility_description_en, svc.eligibility_description_fr),
                   coalesce(svc.clientele_en, svc.clientele_fr), coalesce(svc.alert_en, svc.alert_fr)) AS c_en,
         coalesce(loc.places, '') AS d_all
  FROM svc
  LEFT JOIN cat ON cat.service_id = svc.id
  LEFT JOIN loc ON loc.service_id = svc.id
  LEFT JOIN area ON area.service_id = svc.id
  LEFT JOIN lang ON lang.service_id = svc.id
  LEFT JOIN phone ON phone.service_id = svc.id
  LEFT JOIN sched ON sched.service_id = svc.id
  LEFT JOIN week ON week.service_id = svc.id
)
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
  lower(unaccent(concat_ws(' ', a_fr, a_en, org_name_fr, org_name_en, names_fr, names_en))),
  coalesce(codes, '{}'), regions, munis, coalesce(langs, '{}'), coalesce(accessible, false), is_free,
  minimum_age, maximum_age, coalesce(lats, '{}'), coalesce(lngs, '{}'), open_week, coalesce(simple, true), hours,
  jsonb_build_object(
    'nameFr', name_fr, 'nameEn', name_en,
    'organization', jsonb_build_object('id', organization_id, 'slug', org_slug, 'nameFr', org_name_fr, 'nameEn', org_name_en),
    'descriptionFr', left(description_fr, 400), 'descriptionEn', left(description_en, 400),
    'categories', coalesce(direct, '[]'::jsonb), 'phones', phones, 'address', address,
    'alertFr', alert_fr, 'alertEn', alert_en),
  now()
FROM doc
ON CONFLICT (service_id) DO UPDATE SET
  organization_id = EXCLUDED.organization_id, slug = EXCLUDED.slug, status = EXCLUDED.status,
  sort_name_fr = EXCLUDED.sort_name_fr, sort_name_en = EXCLUDED.sort_name_en, tsv_fr = EXCLUDED.tsv_fr,
  tsv_en = EXCLUDED.tsv_en, tsv_simple = EXCLUDED.tsv_simple, name_text = EXCLUDED.name_text,
  category_codes = EXCLUDED.category_codes, region_codes = EXCLUDED.region_codes,
  municipality_slugs = EXCLUDED.municipality_slugs, language_codes = EXCLUDED.language_codes,
  accessible = EXCLUDED.accessible, is_free = EXCLUDED.is_free, min_age = EXCLUDED.min_age,
  max_age = EXCLUDED.max_age, latitudes = EXCLUDED.latitudes, longitudes = EXCLUDED.longitudes,
  open_week = EXCLUDED.open_week, hours_simple = EXCLUDED.hours_simple, hours = EXCLUDED.hours,
  display = EXCLUDED.display, indexed_at = EXCLUDED.indexed_at`;

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
