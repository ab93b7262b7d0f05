import { beforeAll, describe, expect, it } from "vitest";
import { planFacts, type ExplainJson } from "@/bench/lib/plan-facts";
import { db } from "@/lib/db/client";
import type { SearchQuery } from "@/lib/search/types";
import { WRITE_FACETS_IN_RANGE_SQL } from "./build-documents";
import { LOCK_FACETS_SQL } from "./build-facets";
import { buildSearchSql } from "./search-sql";

// Browsing (no words) must not read every search document (issue #14): at 200,000 services
// that was ~1 s per browse. Plans depend on the table's size, so the table gets a few
// thousand wide generated documents (display padded to ~2 KB, like real ones), their facet
// rows written by the real facet statements, and fresh statistics.
const DOCUMENTS = 4000;

const query = (overrides: Partial<SearchQuery>): SearchQuery => ({
  q: "",
  locale: "fr",
  categories: [],
  page: 1,
  perPage: 20,
  ...overrides,
});

async function seqScans(overrides: Partial<SearchQuery>) {
  const { sql, values } = buildSearchSql(query(overrides), null);
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": ExplainJson }[]>(`EXPLAIN (FORMAT JSON) ${sql}`, ...values);
  return planFacts(rows[0]["QUERY PLAN"]).seqScans;
}

beforeAll(async () => {
  await db.$executeRawUnsafe(`
    INSERT INTO search_document (service_id, organization_id, slug, status, sort_name_fr, sort_name_en,
      tsv_fr, tsv_en, tsv_simple, name_text, category_codes, region_codes, municipality_slugs, language_codes,
      accessible, is_free, latitudes, longitudes, display)
    SELECT gen_random_uuid(), gen_random_uuid(), 'service-' || i, 'active', 'service ' || lpad(i::text, 5, '0'),
      'service ' || lpad(i::text, 5, '0'), to_tsvector('french', 'service'), to_tsvector('english', 'service'),
      to_tsvector('simple', 'service'), 'service ' || i,
      ARRAY['C' || i % 20, 'C' || i % 20 || '.S' || i % 3], ARRAY[lpad((i % 17 + 1)::text, 2, '0')],
      ARRAY['m' || i % 60], CASE WHEN i % 5 = 0 THEN '{fr,en}'::text[] ELSE '{fr}' END,
      i % 7 = 0, i % 2 = 0, '{}', '{}', jsonb_build_object('nameFr', 'Service ' || i, 'padding', repeat('x', 2000))
    FROM generate_series(1, ${DOCUMENTS}) AS i`);
  await db.$transaction([
    db.$executeRawUnsafe(LOCK_FACETS_SQL),
    ...WRITE_FACETS_IN_RANGE_SQL.map((sql) =>
      db.$executeRawUnsafe(sql, "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
    ),
  ]);
  await db.$executeRawUnsafe(`VACUUM ANALYZE search_document`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE search_facet`);
});

describe("browsing without words", () => {
  it("reads neither search_document nor search_facet whole: indexes and kept counts", async () => {
    // The browses of the bench's mix (one category), and their neighbours.
    const browses: Partial<SearchQuery>[] = [
      { categories: ["C3"] },
      { categories: ["C3.S1"], locale: "en" },
      { categories: ["C3"], region: "12" },
      { categories: ["C1"], language: "en" },
      { municipality: "m7" },
      {},
    ];
    for (const browse of browses) {
      expect(await seqScans(browse), JSON.stringify(browse)).toEqual([]);
    }
  });

  it("never reads search_document whole, whatever the filters", async () => {
    for (const browse of [{ accessible: true }, { free: true, categories: ["C2"] }, { age: 30 }]) {
      expect(await seqScans(browse), JSON.stringify(browse)).not.toContain("search_document");
    }
  });

  it("counts exactly what a whole-table count finds", async () => {
    const { sql, values } = buildSearchSql(query({ categories: ["C3"], region: "03" }), null);
    const [row] = await db.$queryRawUnsafe<{ total: number }[]>(sql, ...values);
    const [expected] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM search_document WHERE 'C3' = ANY(category_codes) AND '03' = ANY(region_codes)`,
    );
    expect(row.total).toBe(expected.n);
    const all = buildSearchSql(query({}), null);
    const [everything] = await db.$queryRawUnsafe<{ total: number }[]>(all.sql, ...all.values);
    expect(everything.total).toBe(DOCUMENTS);
  });
});
