-- An import applied in chunks is a resumable job (decision 014): the file's checksum, how far
-- it got (records committed), the file's record count when known, and the last error.
ALTER TABLE "data_import"
    ADD COLUMN "checksum" TEXT,
    ADD COLUMN "chunked" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "total" INTEGER,
    ADD COLUMN "chunks" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "error" TEXT,
    ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

CREATE INDEX "data_import_checksum_idx" ON "data_import"("checksum");
