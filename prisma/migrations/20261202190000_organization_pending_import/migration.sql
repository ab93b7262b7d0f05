-- An import's new organizations are compared with the organizations that existed when it began,
-- not with each other (decision 014): a chunk compared with every chunk before it cost a trigram
-- search over the whole growing directory per new organization — 150 ms each at 80,000
-- organizations with look-alike names, hours for a national file. The import's rows carry its id
-- until it ends, and the indexes that gather duplicate candidates leave them out. Hand-written
-- (prisma migrate diff does not run here; Prisma's schema cannot say "partial index").
ALTER TABLE "organization" ADD COLUMN "pending_import_id" UUID;

DROP INDEX "organization_name_key_trgm";
CREATE INDEX "organization_name_key_trgm" ON "organization" USING gin ("name_key" public.gin_trgm_ops)
    WITH (fastupdate = off) WHERE "pending_import_id" IS NULL;
DROP INDEX "organization_initials_idx";
CREATE INDEX "organization_initials_idx" ON "organization" ("name_initials") WHERE "pending_import_id" IS NULL;
-- The organizations an import clears when it ends.
CREATE INDEX "organization_pending_import_idx" ON "organization" ("pending_import_id")
    WHERE "pending_import_id" IS NOT NULL;
