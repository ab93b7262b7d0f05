// Reference rows: regions, municipalities, postal prefixes, taxonomy, synonym groups.
// Ids come from the seeded PRNG, so they are the same for the same seed in every database.
import { MUNICIPALITIES, REGIONS, type MunicipalitySeed } from "./data/municipalities";
import { POSTAL_PREFIXES } from "./data/postal-prefixes";
import { SYNONYM_GROUPS } from "./data/synonyms";
import { flattenTaxonomy } from "./data/taxonomy";
import type { Random } from "./random";
import { emptyRows, type Row, type Rows } from "./tables";
import { timestamp } from "./time";

export type SynonymGroupRow = { id: string; terms: string[] };

export type Reference = {
  rows: Rows;
  synonymGroups: SynonymGroupRow[];
  municipalityIds: Map<string, string>;
  termIds: Map<string, string>;
  /** Urban FSAs of each municipality name (empty for places only reached by a rural FSA). */
  fsasByMunicipality: Map<string, { fsa: string; lat: number; lng: number }[]>;
};

export const taxonomySlug = (code: string) => code.toLowerCase().replaceAll(".", "-");

export function generateReference(random: Random): Reference {
  const rows = emptyRows();
  const created = timestamp(-900);
  rows.region = REGIONS.map((r) => ({ code: r.code, name_fr: r.nameFr, name_en: r.nameEn }));

  const municipalityIds = new Map<string, string>();
  rows.municipality = MUNICIPALITIES.map((m: MunicipalitySeed): Row<"municipality"> => {
    const id = random.uuid();
    municipalityIds.set(m.name, id);
    return {
      id,
      code: m.code,
      name: m.name,
      slug: m.code,
      mrc: m.mrc,
      region_code: m.regionCode,
      latitude: m.lat,
      longitude: m.lng,
      population: m.population,
    };
  });

  const fsasByMunicipality = new Map<string, { fsa: string; lat: number; lng: number }[]>();
  rows.postalPrefix = POSTAL_PREFIXES.map((p) => {
    if (p.fsa[1] !== "0") {
      const list = fsasByMunicipality.get(p.municipality) ?? [];
      list.push({ fsa: p.fsa, lat: p.lat, lng: p.lng });
      fsasByMunicipality.set(p.municipality, list);
    }
    return { fsa: p.fsa, latitude: p.lat, longitude: p.lng, municipality_id: municipalityIds.get(p.municipality)! };
  });

  const termIds = new Map<string, string>();
  const positions = new Map<string | null, number>();
  rows.taxonomyTerm = flattenTaxonomy().map((term) => {
    const id = random.uuid();
    termIds.set(term.code, id);
    // Position among siblings: the order in which the data file lists them.
    const position = positions.get(term.parentCode) ?? 0;
    positions.set(term.parentCode, position + 1);
    return {
      id,
      code: term.code,
      slug: taxonomySlug(term.code),
      name_fr: term.nameFr,
      name_en: term.nameEn,
      description_fr: term.descriptionFr,
      description_en: term.descriptionEn,
      parent_id: term.parentCode ? termIds.get(term.parentCode)! : null,
      position,
      created_at: created,
      updated_at: created,
    };
  });

  const synonymGroups = SYNONYM_GROUPS.map((terms) => ({ id: random.uuid(), terms }));
  return { rows, synonymGroups, municipalityIds, termIds, fsasByMunicipality };
}
