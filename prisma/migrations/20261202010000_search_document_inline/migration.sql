-- Search documents stay whole in their row: no compression, no TOAST table. A search reads
-- three tsvectors of every matching row; compressed or moved out of line (rows average ~4 KB,
-- above the default 2 KB threshold) each read meant a TOAST lookup and a decompression, and
-- searches were up to twice as slow (bench/README.md). Rows up to 8,160 bytes are kept as is.
ALTER TABLE "search_document" SET (toast_tuple_target = 8160);

-- Existing documents are rewritten once with fresh (uncompressed) values.
UPDATE "search_document"
SET "tsv_fr" = "tsv_fr" || ''::tsvector,
    "tsv_en" = "tsv_en" || ''::tsvector,
    "tsv_simple" = "tsv_simple" || ''::tsvector,
    "display" = "display" || '{}'::jsonb;
