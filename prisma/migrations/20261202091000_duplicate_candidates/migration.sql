-- Issue #13: duplicate candidates. Hand-written (functions and an expression index, which the
-- Prisma schema does not describe).

-- Functions name their schema: PostgreSQL 17+ evaluates index expressions with a safe
-- search_path (pg_catalog only).
-- unaccent() is STABLE (its dictionary could change); with the dictionary named it can be
-- declared IMMUTABLE, which an index expression requires.
CREATE FUNCTION open_data_unaccent(text) RETURNS text AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

-- A name as compared for duplicates: no accents, no case, no leading article ("Le", "La",
-- "Les", "L'"), punctuation as spaces. "L'Entraide de Lévis" → "entraide de levis".
CREATE FUNCTION open_data_name_key(name text) RETURNS text AS $$
  SELECT btrim(regexp_replace(
    regexp_replace(lower(public.open_data_unaccent(replace(name, '’', ''''))), '^\s*(les|le|la|l)\M\s*''?\s*', ''),
    '[^a-z0-9]+', ' ', 'g'))
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

-- The initials of a name's significant words, an acronym's letters counted as words:
-- "CAB de Lévis" and "Centre d'action bénévole de Lévis" are both "cabl".
CREATE FUNCTION open_data_initials(name text) RETURNS text AS $$
  SELECT coalesce(string_agg(left(word, 1), '' ORDER BY position), '')
  FROM regexp_split_to_table(
    lower(public.open_data_unaccent(regexp_replace(name, '([A-Z])(?=[A-Z])', '\1 ', 'g'))), '[^a-z0-9]+'
  ) WITH ORDINALITY AS t(word, position)
  WHERE word <> '' AND word NOT IN
    ('de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'au', 'aux', 'en', 'pour', 'sur', 'of', 'the', 'and', 'for', 'inc')
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

CREATE INDEX organization_name_key_trgm ON organization USING gin (public.open_data_name_key(name_fr) public.gin_trgm_ops);
