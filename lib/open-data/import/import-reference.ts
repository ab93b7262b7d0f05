import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Reference data an import looks up for every record — municipalities and regions by name,
 * taxonomy terms by id or code — read once per import instead of once per record. Names are
 * compared as PostgreSQL compares them (lower(unaccent())), so the keys are computed there.
 */
export type Place = { municipalityId: string | null; regionCode: string | null };
export type ImportReference = {
  municipalities: Map<string, string>;
  regions: Map<string, string>;
  /** A name as written in the file → its place, once its key is known. */
  places: Map<string, Place>;
  /** "id:…" or "code:…" → our taxonomy term's id; "slug:…" → taken. */
  terms: Map<string, string>;
};

export async function loadReference(tx: Tx): Promise<ImportReference> {
  const municipalities = await tx.$queryRaw<{ key: string; id: string }[]>`
    SELECT lower(unaccent(name)) AS key, id FROM municipality ORDER BY code`;
  const regions = await tx.$queryRaw<{ fr: string; en: string; code: string }[]>`
    SELECT lower(unaccent(name_fr)) AS fr, lower(unaccent(name_en)) AS en, code FROM region ORDER BY code`;
  const terms = await tx.taxonomyTerm.findMany({ select: { id: true, code: true, slug: true } });
  const reference: ImportReference = {
    municipalities: new Map(),
    regions: new Map(),
    places: new Map(),
    terms: new Map(),
  };
  // The first of equal names wins, as `LIMIT 1` did.
  for (const { key, id } of municipalities)
    if (!reference.municipalities.has(key)) reference.municipalities.set(key, id);
  for (const { fr, en, code } of regions) {
    for (const key of [fr, en]) if (!reference.regions.has(key)) reference.regions.set(key, code);
    reference.regions.set(`code:${code}`, code);
  }
  for (const term of terms) rememberTerm(reference, term);
  return reference;
}

/** Resolves every new name of a chunk in one query. */
export async function learnPlaces(tx: Tx, reference: ImportReference, names: Iterable<string>) {
  const unknown = [...new Set(names)].filter((name) => !reference.places.has(name));
  if (unknown.length === 0) return;
  const rows = await tx.$queryRaw<{ name: string; key: string }[]>`
    SELECT name, lower(unaccent(name)) AS key FROM unnest(${unknown}::text[]) AS name`;
  for (const { name, key } of rows) {
    const municipalityId = reference.municipalities.get(key) ?? null;
    const regionCode = municipalityId
      ? null
      : (reference.regions.get(key) ?? reference.regions.get(`code:${name}`) ?? null);
    reference.places.set(name, { municipalityId, regionCode });
  }
}

/** The municipality (or else the region) a name designates. */
export async function placeOf(tx: Tx, reference: ImportReference, name: string): Promise<Place> {
  if (!reference.places.has(name)) await learnPlaces(tx, reference, [name]);
  return reference.places.get(name)!;
}

export function rememberTerm(reference: ImportReference, term: { id: string; code: string; slug: string }) {
  reference.terms.set(`id:${term.id}`, term.id);
  reference.terms.set(`code:${term.code}`, term.id);
  reference.terms.set(`slug:${term.slug}`, term.id);
}
