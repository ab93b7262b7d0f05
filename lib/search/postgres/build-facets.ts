import "server-only";
import type { ServiceFilter } from "./document-hours-sql";

// The narrow copy of a batch's documents (search_facet) and the per-value document counts
// (search_facet_count), rewritten right after the documents themselves, in the same
// transaction (engine index(), reindexAll's batches): one write path. A batch takes its old
// facet rows out of the counts and puts its new ones in, so the counts stay exact whatever
// the batch held before — a document missing from search_facet (search_document truncated
// and rebuilt) simply comes back.

/** Every (facet, value) a facet row `f` counts in, 'all' included. */
const FACET_VALUES = `CROSS JOIN LATERAL (
  SELECT 'all', '' UNION ALL
  SELECT 'category', unnest(f.category_codes) UNION ALL
  SELECT 'region', unnest(f.region_codes) UNION ALL
  SELECT 'municipality', unnest(f.municipality_slugs) UNION ALL
  SELECT 'language', unnest(f.language_codes) UNION ALL
  SELECT 'accessible', 'true' WHERE f.accessible
) AS v(facet, value)`;

// Count rows are locked in one order (the ORDER BY), so two batches never deadlock on them.
const addCounts = (rows: string, sign: "+" | "-") => `
INSERT INTO search_facet_count AS c (facet, value, documents)
SELECT v.facet, v.value, ${sign}count(*)::int FROM ${rows} f ${FACET_VALUES}
GROUP BY v.facet, v.value ORDER BY v.facet, v.value
ON CONFLICT (facet, value) DO UPDATE SET documents = c.documents + EXCLUDED.documents`;

const removeOld = (where: ServiceFilter) => `
WITH old AS (DELETE FROM search_facet WHERE ${where("service_id")} RETURNING *)
${addCounts("old", "-")}`;

const addNew = (where: ServiceFilter) => `
WITH new AS (
  INSERT INTO search_facet (service_id, sort_name_fr, sort_name_en, category_codes, region_codes,
                            municipality_slugs, language_codes, accessible, is_free, min_age, max_age)
  SELECT service_id, sort_name_fr, sort_name_en, coalesce(category_codes, '{}'), coalesce(region_codes, '{}'),
         coalesce(municipality_slugs, '{}'), coalesce(language_codes, '{}'), accessible, is_free, min_age, max_age
  FROM search_document WHERE ${where("service_id")}
  RETURNING *)
${addCounts("new", "+")}`;

/**
 * Serializes the facet rewrites of concurrent batches: under READ COMMITTED, a batch that read
 * the old facet rows while another one replaced them would take them out of the counts twice.
 * Taken after the documents are built (the slow part), held until the batch commits.
 */
export const LOCK_FACETS_SQL = `SELECT pg_advisory_xact_lock(hashtext('search_facet_count'))`;

/** Run after LOCK_FACETS_SQL, in order, with the batch's parameters (see build-documents.ts). */
export const facetWrites = (where: ServiceFilter) => [removeOld(where), addNew(where)];
