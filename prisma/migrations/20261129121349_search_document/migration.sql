-- Search documents of the PostgreSQL engine (lib/search/postgres). Generated with
-- prisma migrate diff (schema HEAD → schema), reviewed.
-- CreateTable
CREATE TABLE "search_document" (
    "service_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "RecordStatus" NOT NULL,
    "sort_name_fr" TEXT NOT NULL,
    "sort_name_en" TEXT NOT NULL,
    "tsv_fr" tsvector NOT NULL,
    "tsv_en" tsvector NOT NULL,
    "tsv_simple" tsvector NOT NULL,
    "name_text" TEXT NOT NULL,
    "category_codes" TEXT[],
    "region_codes" TEXT[],
    "municipality_slugs" TEXT[],
    "language_codes" TEXT[],
    "accessible" BOOLEAN NOT NULL DEFAULT false,
    "is_free" BOOLEAN NOT NULL,
    "min_age" INTEGER,
    "max_age" INTEGER,
    "latitudes" DOUBLE PRECISION[],
    "longitudes" DOUBLE PRECISION[],
    "open_week" int4multirange,
    "hours_simple" BOOLEAN NOT NULL DEFAULT true,
    "hours" JSONB,
    "display" JSONB NOT NULL,
    "indexed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_document_pkey" PRIMARY KEY ("service_id")
);

-- CreateTable
CREATE TABLE "search_vocabulary" (
    "word" TEXT NOT NULL,
    "documents" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "search_vocabulary_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_document_tsv_fr_idx" ON "search_document" USING GIN ("tsv_fr");

-- CreateIndex
CREATE INDEX "search_document_tsv_en_idx" ON "search_document" USING GIN ("tsv_en");

-- CreateIndex
CREATE INDEX "search_document_tsv_simple_idx" ON "search_document" USING GIN ("tsv_simple");

-- CreateIndex
CREATE INDEX "search_document_name_text_idx" ON "search_document" USING GIN ("name_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_document_category_codes_idx" ON "search_document" USING GIN ("category_codes");

-- CreateIndex
CREATE INDEX "search_document_region_codes_idx" ON "search_document" USING GIN ("region_codes");

-- CreateIndex
CREATE INDEX "search_document_municipality_slugs_idx" ON "search_document" USING GIN ("municipality_slugs");

-- CreateIndex
CREATE INDEX "search_document_language_codes_idx" ON "search_document" USING GIN ("language_codes");

-- CreateIndex
CREATE INDEX "search_document_open_week_idx" ON "search_document" USING GIST ("open_week");

-- CreateIndex
CREATE INDEX "search_document_sort_name_fr_idx" ON "search_document"("sort_name_fr");

-- CreateIndex
CREATE INDEX "search_document_sort_name_en_idx" ON "search_document"("sort_name_en");

-- CreateIndex
CREATE INDEX "search_vocabulary_word_trgm_idx" ON "search_vocabulary" USING GIN ("word" gin_trgm_ops);

