-- The name key and initials duplicate detection compares (open_data_name_key, open_data_initials),
-- stored with each organization instead of computed per comparison: the trigram index hands over
-- candidate names that each had to be recomputed (accents, article, punctuation) to be checked,
-- and an import compares every new organization — per chunk of 500, seconds at 8,000
-- organizations (decision 014). Generated columns: PostgreSQL keeps them right on every write;
-- Prisma ignores them (@ignore). Hand-written (prisma migrate diff does not run here).
ALTER TABLE "organization"
    ADD COLUMN "name_key" TEXT GENERATED ALWAYS AS (public.open_data_name_key("name_fr")) STORED,
    ADD COLUMN "name_initials" TEXT GENERATED ALWAYS AS (public.open_data_initials("name_fr")) STORED;

DROP INDEX "organization_name_key_trgm";
-- Without the pending list (fastupdate): an import inserts organizations while it searches the
-- index, and every search read the whole list of entries not yet merged (3.3 → 5.9 ms a probe).
CREATE INDEX "organization_name_key_trgm" ON "organization" USING gin ("name_key" public.gin_trgm_ops)
    WITH (fastupdate = off);
DROP INDEX "organization_initials_idx";
CREATE INDEX "organization_initials_idx" ON "organization" ("name_initials");
