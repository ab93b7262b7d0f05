-- Issue #13: open data — external identifiers of imported records and the import runs.
-- Hand-written in the form `prisma migrate diff` produces (the wasm engine's diff fails on
-- this machine).

-- CreateTable
CREATE TABLE "external_identifier" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "record_id" UUID NOT NULL,
    "content_hash" TEXT,
    "import_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "external_identifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_import" (
    "id" UUID NOT NULL,
    "actor_label" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "issues" JSONB NOT NULL,
    "mapping" JSONB,
    "stored_file" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "external_identifier_source_entity_type_external_id_key" ON "external_identifier"("source", "entity_type", "external_id");

-- CreateIndex
CREATE INDEX "external_identifier_entity_type_record_id_idx" ON "external_identifier"("entity_type", "record_id");

-- CreateIndex
CREATE INDEX "data_import_created_at_idx" ON "data_import"("created_at");
