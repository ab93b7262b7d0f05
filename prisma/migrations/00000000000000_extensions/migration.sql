-- Hand-written first migration: the extensions search relies on. Kept out of the Prisma
-- schema on purpose (the wasm schema engine would re-emit them in every migration).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
