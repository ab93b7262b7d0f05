import "server-only";
import { db } from "@/lib/db/client";

export type CallerPlace = {
  municipalityId: string | null;
  municipalitySlug: string | null;
  mrc: string | null;
  regionCode: string | null;
  /** What the console shows: "Lévis", "Bellechasse", "03". */
  label: string;
  /** The municipality's point, for distances; null for an MRC or a region. */
  point: { lat: number; lng: number } | null;
};

const FSA = /^([A-Z]\d[A-Z])(?:\s*\d[A-Z]\d)?$/;

async function municipalityByName(text: string) {
  // Accents, case, hyphens and apostrophes ignored, as in lib/geo/resolve-near.ts.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM municipality
    WHERE regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', ' ', 'g')
        = trim(regexp_replace(lower(unaccent(${text})), '[^a-z0-9]+', ' ', 'g'))
       OR slug = lower(${text})
    ORDER BY population DESC NULLS LAST
    LIMIT 1`;
  return rows[0] ? db.municipality.findUnique({ where: { id: rows[0].id } }) : null;
}

/**
 * Where the caller is, as finely as the log may keep it: a municipality (from its name,
 * slug or a postal code's first three characters), else only an MRC or a region. The
 * postal code itself is never returned, so it can never be stored.
 */
export async function resolveCallerPlace(input: string | undefined): Promise<CallerPlace | null> {
  const text = input?.trim();
  if (!text) return null;
  if (text === "03" || text === "12") {
    return { municipalityId: null, municipalitySlug: null, mrc: null, regionCode: text, label: text, point: null };
  }
  const fsa = FSA.exec(text.toUpperCase().replace(/-/g, " "));
  const town = fsa
    ? (await db.postalPrefix.findUnique({ where: { fsa: fsa[1] }, include: { municipality: true } }))?.municipality
    : await municipalityByName(text);
  if (town) {
    return {
      municipalityId: town.id,
      municipalitySlug: town.slug,
      mrc: town.mrc,
      regionCode: town.regionCode,
      label: town.name,
      point: { lat: town.latitude, lng: town.longitude },
    };
  }
  if (fsa) return null;
  const mrc = await db.municipality.findFirst({
    where: { mrc: { equals: text.replace(/^MRC\s+(de\s+|des\s+|du\s+|d')?/i, ""), mode: "insensitive" } },
    select: { mrc: true, regionCode: true },
  });
  return mrc
    ? {
        municipalityId: null,
        municipalitySlug: null,
        mrc: mrc.mrc,
        regionCode: mrc.regionCode,
        label: mrc.mrc,
        point: null,
      }
    : null;
}
