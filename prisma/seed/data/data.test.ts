import { describe, it, expect } from "vitest";
import { MUNICIPALITIES, REGIONS } from "./municipalities";
import { POSTAL_PREFIXES, RURAL_FSA_BY_MRC, postalPrefixForMunicipality, nearestPostalPrefix } from "./postal-prefixes";
import { TAXONOMY, flattenTaxonomy, type TaxonomyTermSeed } from "./taxonomy";
import { SYNONYM_GROUPS } from "./synonyms";
import {
  ORG_KINDS,
  STREET_NAMES,
  NEIGHBOURHOODS,
  fillTemplate,
  type Bilingual,
  type ServiceTemplateSeed,
} from "./content";

const BOUNDS = { latMin: 45.8, latMax: 48.2, lngMin: -72.2, lngMax: -69.6 };
const HOURS = new Set(["office", "evening", "weekend", "twentyfourseven", "split", "overnight", "appointment"]);

const allTerms = flattenTaxonomy();
const termCodes = new Set(allTerms.map((t) => t.code));
const leafCodes = allTerms.filter((t) => !t.children || t.children.length === 0).map((t) => t.code);
const allServices: ServiceTemplateSeed[] = ORG_KINDS.flatMap((k) => k.services);

function bilinguals(service: ServiceTemplateSeed): Bilingual[] {
  return [
    ...service.names,
    ...service.descriptions,
    service.applicationProcess,
    ...(service.requiredDocuments ?? []),
    ...(service.eligibility ? [service.eligibility] : []),
    ...(service.clientele ? [service.clientele] : []),
    ...(service.fees ? [service.fees] : []),
  ];
}

function allStrings(): string[] {
  const out: string[] = [...STREET_NAMES, ...NEIGHBOURHOODS, ...SYNONYM_GROUPS.flat()];
  for (const t of allTerms) out.push(t.nameFr, t.nameEn, t.descriptionFr, t.descriptionEn);
  for (const k of ORG_KINDS) {
    for (const b of [...k.names, ...k.descriptions]) out.push(b.fr, b.en);
    for (const s of k.services) for (const b of bilinguals(s)) out.push(b.fr, b.en);
  }
  return out;
}

describe("municipalities", () => {
  it("has at least 100 municipalities covering both regions", () => {
    expect(MUNICIPALITIES.length).toBeGreaterThanOrEqual(100);
    expect(REGIONS.map((r) => r.code).sort()).toEqual(["03", "12"]);
    for (const r of REGIONS) {
      expect(MUNICIPALITIES.filter((m) => m.regionCode === r.code).length).toBeGreaterThanOrEqual(40);
    }
  });

  it("has unique names and codes", () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(MUNICIPALITIES.length);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(MUNICIPALITIES.length);
    for (const m of MUNICIPALITIES) expect(m.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("places every municipality inside the regions' bounding box, with a population", () => {
    for (const m of MUNICIPALITIES) {
      expect(m.lat, m.name).toBeGreaterThanOrEqual(BOUNDS.latMin);
      expect(m.lat, m.name).toBeLessThanOrEqual(BOUNDS.latMax);
      expect(m.lng, m.name).toBeGreaterThanOrEqual(BOUNDS.lngMin);
      expect(m.lng, m.name).toBeLessThanOrEqual(BOUNDS.lngMax);
      expect(m.population, m.name).toBeGreaterThan(0);
      expect(m.mrc.length, m.name).toBeGreaterThan(0);
    }
  });

  it("uses the current MRC names", () => {
    const mrcs = new Set(MUNICIPALITIES.map((m) => m.mrc));
    expect(mrcs.has("Beauce-Centre")).toBe(true);
    expect(mrcs.has("Robert-Cliche")).toBe(false);
  });
});

describe("postal prefixes", () => {
  const names = new Set(MUNICIPALITIES.map((m) => m.name));

  it("lists at least 50 unique, well-formed FSAs", () => {
    expect(POSTAL_PREFIXES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(POSTAL_PREFIXES.map((p) => p.fsa)).size).toBe(POSTAL_PREFIXES.length);
    for (const p of POSTAL_PREFIXES) {
      expect(p.fsa).toMatch(/^G\d[A-Z]$/);
      // Canada Post never uses D, F, I, O, Q or U.
      expect(p.fsa[2]).not.toMatch(/[DFIOQU]/);
    }
  });

  it("attaches every FSA to a known municipality, inside the bounding box", () => {
    for (const p of POSTAL_PREFIXES) {
      expect(names.has(p.municipality), p.fsa).toBe(true);
      expect(p.lat).toBeGreaterThanOrEqual(BOUNDS.latMin);
      expect(p.lat).toBeLessThanOrEqual(BOUNDS.latMax);
      expect(p.lng).toBeGreaterThanOrEqual(BOUNDS.lngMin);
      expect(p.lng).toBeLessThanOrEqual(BOUNDS.lngMax);
    }
  });

  it("gives every municipality a listed FSA", () => {
    const listed = new Set(POSTAL_PREFIXES.map((p) => p.fsa));
    for (const m of MUNICIPALITIES) {
      const fsa = postalPrefixForMunicipality(m.name);
      expect(listed.has(fsa), `${m.name} -> ${fsa}`).toBe(true);
    }
    for (const fsa of Object.values(RURAL_FSA_BY_MRC)) expect(listed.has(fsa)).toBe(true);
    for (const mrc of new Set(MUNICIPALITIES.map((m) => m.mrc))) expect(RURAL_FSA_BY_MRC[mrc], mrc).toBeDefined();
  });

  it("picks sensible FSAs", () => {
    expect(postalPrefixForMunicipality("Québec")).toMatch(/^G[123]/);
    expect(["G6V", "G6W", "G6X", "G6Y", "G6Z", "G6J", "G7A"]).toContain(postalPrefixForMunicipality("Lévis"));
    expect(["G5Y", "G5Z"]).toContain(postalPrefixForMunicipality("Saint-Georges"));
    expect(postalPrefixForMunicipality("Baie-Saint-Paul")).toBe("G3Z");
    expect(postalPrefixForMunicipality("Lac-Etchemin")).toBe("G0R");
    expect(nearestPostalPrefix(46.8425, -71.2285)).toBe("G1J");
    expect(nearestPostalPrefix(46.7, -71.35, "Lévis")).toBe("G7A");
  });
});

describe("taxonomy", () => {
  it("has unique codes, at least 14 top-level terms and 110 terms in all", () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(14);
    expect(allTerms.length).toBeGreaterThanOrEqual(110);
    expect(termCodes.size).toBe(allTerms.length);
  });

  it("uses hierarchical upper-case codes", () => {
    const walk = (terms: TaxonomyTermSeed[], parent: string | null) => {
      for (const t of terms) {
        expect(t.code).toMatch(/^[A-Z]+(\.[A-Z]+)*$/);
        if (parent) {
          expect(t.code.startsWith(parent + "."), t.code).toBe(true);
          expect(t.code.split(".").length).toBe(parent.split(".").length + 1);
        } else {
          expect(t.code.includes(".")).toBe(false);
        }
        if (t.children) walk(t.children, t.code);
      }
    };
    walk(TAXONOMY, null);
    expect(Math.max(...allTerms.map((t) => t.code.split(".").length))).toBeLessThanOrEqual(3);
  });

  it("names and describes every term in both languages", () => {
    for (const t of allTerms) {
      for (const s of [t.nameFr, t.nameEn, t.descriptionFr, t.descriptionEn])
        expect(s.trim().length, t.code).toBeGreaterThan(0);
    }
  });

  it("flattens with parent codes", () => {
    for (const t of allTerms) {
      if (t.parentCode !== null) expect(termCodes.has(t.parentCode)).toBe(true);
    }
    expect(allTerms.filter((t) => t.parentCode === null).length).toBe(TAXONOMY.length);
  });
});

describe("synonyms", () => {
  it("has at least 40 lower-case groups of 2+ distinct terms", () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(40);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const term of group) {
        expect(term).toBe(term.toLowerCase());
        expect(term).toBe(term.trim());
        expect(term.length).toBeGreaterThan(0);
      }
    }
  });

  it("links the key French and English needs", () => {
    const find = (a: string, b: string) => SYNONYM_GROUPS.some((g) => g.includes(a) && g.includes(b));
    expect(find("banque alimentaire", "food bank")).toBe(true);
    expect(find("meubles", "furniture")).toBe(true);
    expect(find("aînés", "seniors")).toBe(true);
    expect(find("vêtements", "clothing")).toBe(true);
    expect(find("logement", "housing")).toBe(true);
  });
});

describe("content templates", () => {
  it("has at least 40 organization kinds with unique keys", () => {
    expect(ORG_KINDS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ORG_KINDS.map((k) => k.key)).size).toBe(ORG_KINDS.length);
  });

  it("gives each kind name and description variants and 2 to 6 services", () => {
    for (const k of ORG_KINDS) {
      expect(k.names.length, k.key).toBeGreaterThanOrEqual(2);
      expect(k.descriptions.length, k.key).toBeGreaterThanOrEqual(2);
      expect(k.services.length, k.key).toBeGreaterThanOrEqual(2);
      expect(k.services.length, k.key).toBeLessThanOrEqual(6);
      for (const n of k.names) {
        expect(n.fr.includes("{city}") || n.fr.includes("{area}"), n.fr).toBe(true);
        expect(n.en.includes("{city}") || n.en.includes("{area}"), n.en).toBe(true);
      }
      for (const d of k.descriptions) {
        expect(d.fr.length).toBeGreaterThan(80);
        expect(d.en.length).toBeGreaterThan(80);
      }
    }
  });

  it("references only existing taxonomy codes", () => {
    for (const k of ORG_KINDS) {
      for (const code of k.taxonomyCodes) expect(termCodes.has(code), `${k.key}: ${code}`).toBe(true);
      for (const s of k.services) {
        expect(s.taxonomyCodes.length, k.key).toBeGreaterThan(0);
        for (const code of s.taxonomyCodes) {
          expect(termCodes.has(code), `${k.key}: ${code}`).toBe(true);
          expect(k.taxonomyCodes, `${k.key} should declare ${code}`).toContain(code);
        }
      }
    }
  });

  it("uses every taxonomy leaf in at least one service template", () => {
    const used = new Set(allServices.flatMap((s) => s.taxonomyCodes));
    const unused = leafCodes.filter((c) => !used.has(c));
    expect(unused).toEqual([]);
  });

  it("has well-formed service templates", () => {
    expect(allServices.length).toBeGreaterThanOrEqual(120);
    for (const s of allServices) {
      const label = s.names[0]!.fr;
      expect(s.names.length, label).toBeGreaterThanOrEqual(2);
      expect(s.descriptions.length, label).toBeGreaterThanOrEqual(2);
      expect(HOURS.has(s.hours), label).toBe(true);
      expect(s.languages.length, label).toBeGreaterThan(0);
      expect(s.languages[0], label).toBe("fr");
      for (const lang of s.languages) expect(lang).toMatch(/^[a-z]{2}$/);
      if (s.ageMin !== undefined && s.ageMax !== undefined) expect(s.ageMin).toBeLessThanOrEqual(s.ageMax);
      if (!s.free) expect(s.fees, `${label} is not free but has no fees`).toBeDefined();
      for (const b of bilinguals(s)) {
        expect(b.fr.trim().length, label).toBeGreaterThan(0);
        expect(b.fr.includes("{city}") || b.fr.includes("{area}"), label).toBe(false);
      }
    }
  });

  it("leaves English empty exactly on templates flagged englishMissing", () => {
    const missing = allServices.filter((s) => s.englishMissing);
    expect(missing.length).toBeGreaterThanOrEqual(3);
    for (const s of allServices) {
      for (const b of bilinguals(s)) {
        if (s.englishMissing) expect(b.en, s.names[0]!.fr).toBe("");
        else expect(b.en.trim().length, s.names[0]!.fr).toBeGreaterThan(0);
      }
    }
  });

  it("covers the searches people actually make", () => {
    const text = (s: ServiceTemplateSeed) =>
      bilinguals(s)
        .flatMap((b) => [b.fr, b.en])
        .join(" ")
        .toLowerCase();
    const donateFurniture = allServices.filter((s) => s.taxonomyCodes.includes("GOODS.FURNITURE.DONATE"));
    expect(donateFurniture.some((s) => text(s).includes("vieux meubles") && text(s).includes("donner"))).toBe(true);
    const foodBanks = allServices.filter((s) => s.taxonomyCodes.some((c) => c.startsWith("FOOD.BANK")));
    expect(foodBanks.some((s) => s.descriptions.some((d) => d.en.toLowerCase().includes("food bank")))).toBe(true);
    expect(allServices.some((s) => text(s).includes("fauteuil roulant"))).toBe(true);
    expect(allServices.some((s) => (s.ageMin ?? 0) >= 60)).toBe(true);
    expect(allServices.some((s) => s.ageMax !== undefined && s.ageMax <= 17)).toBe(true);
    expect(allServices.some((s) => s.languages.length >= 4)).toBe(true);
  });

  it("provides street names and neighbourhoods", () => {
    expect(STREET_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(STREET_NAMES).size).toBe(STREET_NAMES.length);
    expect(NEIGHBOURHOODS).toContain("Limoilou");
    expect(NEIGHBOURHOODS).toContain("Charny");
    expect(new Set(NEIGHBOURHOODS).size).toBe(NEIGHBOURHOODS.length);
  });

  it("fills name patterns with correct French contractions", () => {
    expect(fillTemplate("Comptoir alimentaire de {city}", { city: "Les Éboulements" })).toBe(
      "Comptoir alimentaire des Éboulements",
    );
    expect(fillTemplate("Maison des jeunes de {area}", { area: "Limoilou" })).toBe("Maison des jeunes de Limoilou");
    expect(fillTemplate("{city} Food Bank", { city: "Lévis" }, "en")).toBe("Lévis Food Bank");
  });
});

describe("all seed text", () => {
  it("contains no placeholder text", () => {
    for (const s of allStrings()) {
      expect(s.toLowerCase()).not.toContain("lorem");
      expect(s).not.toMatch(/\bTODO\b|\bFIXME\b|xxx/i);
      expect(s).toBe(s.trim());
      expect(s).not.toMatch(/ {2}/);
    }
  });
});
