-- An import's report entries (refused records, warnings, possible duplicates) as rows of their
-- own: a chunked job adds its chunk's entries instead of rewriting the job row's one growing
-- jsonb array at every chunk (quadratic over a large file), and reports are read page by page.
-- Hand-written (prisma migrate diff does not run here); names follow Prisma's conventions.
CREATE TABLE "data_import_issue" (
    "id" BIGSERIAL NOT NULL,
    "import_id" UUID NOT NULL,
    "record" JSONB NOT NULL,

    CONSTRAINT "data_import_issue_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "data_import_issue_import_id_id_idx" ON "data_import_issue"("import_id", "id");

ALTER TABLE "data_import_issue" ADD CONSTRAINT "data_import_issue_import_id_fkey"
    FOREIGN KEY ("import_id") REFERENCES "data_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The reports kept so far, entry by entry in their order.
INSERT INTO "data_import_issue" ("import_id", "record")
SELECT d."id", entry.value
FROM "data_import" d, jsonb_array_elements(d."issues") WITH ORDINALITY AS entry(value, position)
ORDER BY d."created_at", d."id", entry.position;

ALTER TABLE "data_import" DROP COLUMN "issues";
