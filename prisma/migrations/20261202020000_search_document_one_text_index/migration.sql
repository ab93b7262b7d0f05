-- One GIN index over the three text vectors replaces the French and English ones. A search
-- matches `tsv_fr @@ fr OR tsv_en @@ en OR tsv_simple @@ simple`; PostgreSQL estimated that OR
-- as if the three vectors were independent (≈70% of 200,000 documents for "bénévolat", really
-- 18%) and scanned the whole table. The search now narrows with this index on one expression,
-- estimated once, then keeps the exact OR as a filter (lib/search/postgres/search-sql.ts).
-- Hand-written: Prisma's schema cannot express an index on an expression (decision 002).
CREATE INDEX "search_document_tsv_all_idx" ON "search_document"
  USING GIN (("tsv_fr" || "tsv_en" || "tsv_simple"));

-- The `simple` index stays: type-ahead suggestions match on it alone.
DROP INDEX "search_document_tsv_fr_idx";
DROP INDEX "search_document_tsv_en_idx";
