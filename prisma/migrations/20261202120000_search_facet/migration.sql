-- Browsing and facet counting without reading whole documents (issue #14). Hand-written.
--
-- search_facet: the columns a search filters, counts and sorts on when it has no words, one
-- narrow row (~150 bytes) per search document (~4 KB). A browse reads it through its GIN and
-- btree indexes, and the page's 20 documents by primary key.
CREATE TABLE "search_facet" (
    "service_id" UUID NOT NULL,
    "sort_name_fr" TEXT NOT NULL,
    "sort_name_en" TEXT NOT NULL,
    "category_codes" TEXT[] NOT NULL,
    "region_codes" TEXT[] NOT NULL,
    "municipality_slugs" TEXT[] NOT NULL,
    "language_codes" TEXT[] NOT NULL,
    "accessible" BOOLEAN NOT NULL,
    "is_free" BOOLEAN NOT NULL,
    "min_age" INTEGER,
    "max_age" INTEGER,

    CONSTRAINT "search_facet_pkey" PRIMARY KEY ("service_id")
);

CREATE INDEX "search_facet_category_codes_idx" ON "search_facet" USING GIN ("category_codes");
CREATE INDEX "search_facet_region_codes_idx" ON "search_facet" USING GIN ("region_codes");
CREATE INDEX "search_facet_municipality_slugs_idx" ON "search_facet" USING GIN ("municipality_slugs");
CREATE INDEX "search_facet_language_codes_idx" ON "search_facet" USING GIN ("language_codes");
-- Browsing everything: the first page in name order, straight from the index.
CREATE INDEX "search_facet_sort_name_fr_idx" ON "search_facet" ("sort_name_fr", "service_id");
CREATE INDEX "search_facet_sort_name_en_idx" ON "search_facet" ("sort_name_en", "service_id");

-- search_facet_count: how many documents hold each facet value (facet 'all': every document).
-- A facet whose only filter is its own (browsing one category: its facet counts every other
-- category) reads these few rows instead of every document. Kept exact by the statements
-- that write search_facet, in the same transaction (lib/search/postgres/build-facets.ts).
CREATE TABLE "search_facet_count" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "search_facet_count_pkey" PRIMARY KEY ("facet", "value")
);

INSERT INTO "search_facet"
SELECT service_id, sort_name_fr, sort_name_en, coalesce(category_codes, '{}'), coalesce(region_codes, '{}'),
       coalesce(municipality_slugs, '{}'), coalesce(language_codes, '{}'), accessible, is_free, min_age, max_age
FROM "search_document";

INSERT INTO "search_facet_count" ("facet", "value", "documents")
SELECT v.facet, v.value, count(*)::int
FROM "search_facet" f
CROSS JOIN LATERAL (
  SELECT 'all', '' UNION ALL
  SELECT 'category', unnest(f.category_codes) UNION ALL
  SELECT 'region', unnest(f.region_codes) UNION ALL
  SELECT 'municipality', unnest(f.municipality_slugs) UNION ALL
  SELECT 'language', unnest(f.language_codes) UNION ALL
  SELECT 'accessible', 'true' WHERE f.accessible
) AS v(facet, value)
GROUP BY v.facet, v.value;

-- Browsing wheelchair-accessible or free services: their rows, not every row.
CREATE INDEX "search_facet_accessible_idx" ON "search_facet" ("service_id") WHERE "accessible";
CREATE INDEX "search_facet_free_idx" ON "search_facet" ("service_id") WHERE "is_free";

ANALYZE "search_facet";
