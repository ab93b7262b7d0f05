import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveNear } from "@/lib/geo/resolve-near";
import { reindexAll } from "@/lib/search/reindex";
import { resolveSearchParams } from "@/lib/search/resolve-search-params";
import type { SearchQuery } from "@/lib/search/types";
import { createOrganization, createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { addSynonymGroup, createPlace } from "@/tests/factories/search";
import { postgresEngine } from "./engine";
import { clearSynonymCache } from "./synonyms";

// Saturday 10 January 2026, 03:00 and Friday 9 January 2026, 10:00 in Québec (EST).
const SATURDAY_3AM = new Date("2026-01-10T03:00:00-05:00");
const FRIDAY_10AM = new Date("2026-01-09T10:00:00-05:00");

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  locale: "fr",
  categories: [],
  page: 1,
  perPage: 50,
  now: FRIDAY_10AM,
  ...overrides,
});
const search = (overrides: Partial<SearchQuery>) => postgresEngine.search(query(overrides));
const names = async (overrides: Partial<SearchQuery>) => (await search(overrides)).hits.map((h) => h.name.text);

const f: Record<string, { id: string; slug?: string }> = {};

beforeAll(async () => {
  const quebec = await createPlace({
    name: "Québec",
    regionCode: "03",
    latitude: 46.8139,
    longitude: -71.208,
    fsa: "G1K",
  });
  const levis = await createPlace({
    name: "Lévis",
    regionCode: "12",
    latitude: 46.8033,
    longitude: -71.1779,
    fsa: "G6V",
  });
  const georges = await createPlace({
    name: "Saint-Georges",
    regionCode: "12",
    latitude: 46.1181,
    longitude: -70.6703,
    fsa: "G5Y",
  });
  const food = await createTaxonomyTerm({ code: "FOOD", nameFr: "Alimentation", nameEn: "Food" });
  const bank = await createTaxonomyTerm({
    code: "FOOD.BANK",
    nameFr: "Dépannage",
    nameEn: "Emergency food",
    parentId: food.id,
  });
  const housing = await createTaxonomyTerm({ code: "HOUSING", nameFr: "Logement", nameEn: "Housing" });
  const goods = await createTaxonomyTerm({ code: "GOODS", nameFr: "Biens matériels", nameEn: "Material goods" });
  const kitchen = await createTaxonomyTerm({ code: "KITCHEN", nameFr: "Cuisine", nameEn: "Kitchen" });
  const weekdays = (from: string, to: string): [number, string, string][] => [1, 2, 3, 4, 5].map((d) => [d, from, to]);

  f.epicerie = await createService({
    nameFr: "Épicerie solidaire du quartier",
    nameEn: "Neighbourhood community grocery",
    descriptionFr: "Épicerie à prix modique pour les personnes à faible revenu. Inscription sur place.",
    descriptionEn: "Low-cost grocery for low-income people.",
    taxonomyTermIds: [food.id],
    location: { municipalityId: quebec.id },
    hours: weekdays("09:00", "17:00"),
  });
  f.levisBank = await createService({
    nameFr: "Banque alimentaire de Lévis",
    nameEn: "Lévis Food Bank",
    descriptionFr: "Paniers de denrées chaque semaine.",
    descriptionEn: "Weekly food baskets for families.",
    taxonomyTermIds: [bank.id],
    languages: ["fr", "en"],
    location: { municipalityId: levis.id, wheelchair: true, postalCode: "G6V 6N5" },
    phones: [{ number: "418 555-0123", extension: "12", type: "voice" }],
    hours: weekdays("09:00", "17:00"),
  });
  f.beauce = await createService({
    nameFr: "Comptoir de partage de la Beauce",
    nameEn: null,
    descriptionFr: "Aide d'urgence en nourriture.",
    descriptionEn: "We run the food bank of Beauce.",
    taxonomyTermIds: [bank.id],
    isFree: false,
    location: { municipalityId: georges.id },
  });
  f.meubles = await createService({
    nameFr: "Ressourcerie du Littoral",
    nameEn: "Littoral reuse centre",
    descriptionFr: "Nous recevons les dons de meubles et d'électroménagers. Collecte à domicile.",
    descriptionEn: "We accept furniture and appliance donations.",
    taxonomyTermIds: [goods.id],
    location: { municipalityId: levis.id },
  });
  f.habitation = await createService({
    nameFr: "Office d'habitation",
    nameEn: "Housing office",
    descriptionFr: "Logements à loyer modique pour adultes.",
    descriptionEn: "Low-rent housing for adults.",
    taxonomyTermIds: [housing.id],
    minimumAge: 18,
    isFree: false,
    location: { municipalityId: quebec.id },
    alwaysOpen: true,
  });
  f.popote = await createService({
    nameFr: "Popote roulante",
    nameEn: "Meals on wheels",
    descriptionFr: "Repas livrés aux aînés à domicile.",
    descriptionEn: "Meals delivered to older adults at home.",
    taxonomyTermIds: [food.id],
    minimumAge: 65,
    location: { municipalityId: georges.id },
  });
  f.shelter = await createService({
    nameFr: "Hébergement de nuit",
    nameEn: "Night shelter",
    descriptionFr: "Lits d'urgence la nuit du vendredi.",
    taxonomyTermIds: [housing.id],
    location: { municipalityId: quebec.id },
    hours: [[5, "21:00", "07:00"]],
  });
  // Same words, different places: distance decides among comparable matches.
  f.kitchenQuebec = await createService({
    nameFr: "Cuisine collective Limoilou",
    taxonomyTermIds: [kitchen.id],
    location: { municipalityId: quebec.id },
  });
  f.kitchenBeauce = await createService({
    nameFr: "Cuisine collective Chaudière",
    taxonomyTermIds: [kitchen.id],
    location: { municipalityId: georges.id },
  });
  f.kitchenWeak = await createService({
    nameFr: "Centre communautaire",
    descriptionFr: "Ateliers divers, dont une cuisine collective mensuelle.",
    location: { municipalityId: georges.id },
  });
  // Never public, and a temporarily closed one that is.
  f.inactive = await createService({ nameFr: "Banque alimentaire inactive", status: "inactive" });
  f.defunctService = await createService({ nameFr: "Banque alimentaire disparue", status: "defunct" });
  const defunctOrg = await createOrganization({ status: "defunct" });
  f.defunctOrg = await createService({ nameFr: "Banque alimentaire orpheline", organizationId: defunctOrg.id });
  f.archived = await createService({ nameFr: "Banque alimentaire archivée" });
  await db.service.update({ where: { id: f.archived.id }, data: { deletedAt: new Date() } });
  f.closed = await createService({
    nameFr: "Banque alimentaire de Charny",
    taxonomyTermIds: [bank.id],
    location: { municipalityId: levis.id },
  });
  await db.service.update({
    where: { id: f.closed.id },
    data: {
      status: "temporarily_closed",
      alertFr: "Fermé pour rénovations jusqu'en mai.",
      alertEn: "Closed for renovations until May.",
    },
  });

  const { indexed } = await reindexAll(process.env.DATABASE_URL);
  expect(indexed).toBe(15);
});

describe("PostgreSQL search engine", () => {
  it("ignores accents and case: epicerie, Épicerie, ÉPICERIE give the same results", async () => {
    const plain = await names({ q: "epicerie" });
    expect(plain).toContain("Épicerie solidaire du quartier");
    expect(await names({ q: "Épicerie" })).toEqual(plain);
    expect(await names({ q: "ÉPICERIE" })).toEqual(plain);
  });

  it("finds a word with one typo (alimantaire → alimentaire)", async () => {
    expect(await names({ q: "banque alimantaire " })).toContain("Banque alimentaire de Lévis");
    expect(await names({ q: "hebergment" })).toContain("Hébergement de nuit");
  });

  it("matches prefixes while typing (banq finds banque)", async () => {
    expect(await names({ q: "banq" })).toContain("Banque alimentaire de Lévis");
    expect(await names({ q: "ressourc" })).toContain("Ressourcerie du Littoral");
  });

  it("searches both languages and shows results in the page's language", async () => {
    const english = await search({ q: "food bank", locale: "en" });
    const found = english.hits.map((h) => h.name.text);
    expect(found).toContain("Lévis Food Bank");
    // Only its English description says "food bank"; it has no English name (French fallback, marked).
    const beauce = english.hits.find((h) => h.id === f.beauce.id);
    expect(beauce?.name).toEqual({ text: "Comptoir de partage de la Beauce", lang: "fr", isFallback: true });
    expect(await names({ q: "banque alimentaire" })).toContain("Banque alimentaire de Lévis");
    expect(await names({ q: "furniture", locale: "en" })).toEqual(["Littoral reuse centre"]);
  });

  it("expands synonyms from the thesaurus table, editable as data", async () => {
    expect(await names({ q: "seniors " })).toEqual([]);
    const group = await addSynonymGroup(["aîné", "aînés", "senior", "seniors", "personnes âgées"]);
    const furniture = await addSynonymGroup(["meubles", "furniture"]);
    clearSynonymCache();
    try {
      expect(await names({ q: "seniors " })).toEqual(["Popote roulante"]);
      expect(await names({ q: "personnes âgées" })).toEqual(["Popote roulante"]);
      expect(await names({ q: "furniture " })).toEqual(["Ressourcerie du Littoral"]);
    } finally {
      await db.searchSynonymGroup.deleteMany({ where: { id: { in: [group.id, furniture.id] } } });
      clearSynonymCache();
    }
  });

  it("answers natural phrases: stop words and missing words don't block matches", async () => {
    expect((await names({ q: "où donner des vieux meubles" }))[0]).toBe("Ressourcerie du Littoral");
    expect((await names({ q: "where can I donate furniture", locale: "en" }))[0]).toBe("Littoral reuse centre");
  });

  it("browses with an empty query and filters, sorted by name", async () => {
    const result = await search({ categories: ["FOOD"] });
    expect(result.hits.map((h) => h.name.text)).toEqual([
      "Banque alimentaire de Charny",
      "Banque alimentaire de Lévis",
      "Comptoir de partage de la Beauce",
      "Épicerie solidaire du quartier",
      "Popote roulante",
    ]);
    expect(result.total).toBe(5);
  });

  it("never shows inactive, defunct or archived services, nor those of a defunct organization", async () => {
    const found = await names({ q: "banque alimentaire" });
    for (const hidden of ["inactive", "disparue", "orpheline", "archivée"])
      expect(found.some((name) => name.includes(hidden))).toBe(false);
  });

  it("shows a temporarily closed service with its status and notice", async () => {
    const hit = (await search({ q: "charny" })).hits[0];
    expect(hit.id).toBe(f.closed.id);
    expect(hit.status).toBe("temporarily_closed");
    expect(hit.alert?.text).toBe("Fermé pour rénovations jusqu'en mai.");
  });

  it("ranks the name match first, and among comparable matches the nearer one", async () => {
    const quebec = { lat: 46.8139, lng: -71.208, label: "Québec" };
    const beauce = { lat: 46.1181, lng: -70.6703, label: "Saint-Georges" };
    const fromQuebec = await search({ q: "cuisine collective", near: quebec });
    expect(fromQuebec.hits.map((h) => h.id).slice(0, 2)).toEqual([f.kitchenQuebec.id, f.kitchenBeauce.id]);
    const fromBeauce = await search({ q: "cuisine collective", near: beauce });
    expect(fromBeauce.hits.map((h) => h.id)).toEqual([f.kitchenBeauce.id, f.kitchenQuebec.id, f.kitchenWeak.id]);
    // The description-only match stays below both, even though it is nearest to Saint-Georges.
    expect(fromBeauce.hits[2].distanceKm).toBe(0);
    expect(fromBeauce.hits[1].distanceKm).toBeGreaterThan(80);
  });

  it("filters by category (with descendants), region, municipality, language, accessibility, price and age", async () => {
    const levisSlug = (await db.municipality.findFirstOrThrow({ where: { name: "Lévis" } })).slug;
    expect((await search({ categories: ["FOOD.BANK"] })).total).toBe(3);
    expect(await names({ region: "03" })).toEqual([
      "Cuisine collective Limoilou",
      "Épicerie solidaire du quartier",
      "Hébergement de nuit",
      "Office d'habitation",
    ]);
    expect(await names({ municipality: levisSlug })).toEqual([
      "Banque alimentaire de Charny",
      "Banque alimentaire de Lévis",
      "Ressourcerie du Littoral",
    ]);
    expect(await names({ language: "en" })).toEqual(["Banque alimentaire de Lévis"]);
    expect(await names({ accessible: true })).toEqual(["Banque alimentaire de Lévis"]);
    expect(await names({ free: true, categories: ["FOOD.BANK"] })).toEqual([
      "Banque alimentaire de Charny",
      "Banque alimentaire de Lévis",
    ]);
    expect(await names({ age: 10, categories: ["HOUSING", "FOOD"], region: "03" })).toEqual([
      "Épicerie solidaire du quartier",
      "Hébergement de nuit",
    ]);
    expect(await names({ age: 70, q: "popote" })).toEqual(["Popote roulante"]);
  });

  it("counts facets for the current query, each without its own filter", async () => {
    const result = await search({ region: "12", categories: ["FOOD"] });
    expect(result.total).toBe(4);
    const count = (values: { value: string; count: number }[], value: string) =>
      values.find((v) => v.value === value)?.count;
    // Region counts ignore the region filter but keep the category one.
    expect(count(result.facets.region, "12")).toBe(4);
    expect(count(result.facets.region, "03")).toBe(1);
    expect(result.facets.region.find((v) => v.value === "12")?.label).toBe("Chaudière-Appalaches");
    // Category counts ignore the category filter but keep the region one.
    expect(count(result.facets.category, "FOOD.BANK")).toBe(3);
    expect(count(result.facets.category, "GOODS")).toBe(1);
    expect(count(result.facets.category, "FOOD")).toBe(4);
    expect(result.facets.language.find((v) => v.value === "en")).toEqual({ value: "en", label: "anglais", count: 1 });
    expect(result.facets.accessibility).toEqual([
      { value: "wheelchair", label: "Accessible en fauteuil roulant", count: 1 },
    ]);
    const labels = result.facets.municipality.map((m) => m.label).sort();
    expect(labels).toEqual(["Lévis", "Saint-Georges"]);
  });

  it("counts every other value of the only filter's facet while browsing, exactly through index()", async () => {
    const count = (values: { value: string; count: number }[], value: string) =>
      values.find((v) => v.value === value)?.count;
    const everything = await search({});
    expect(everything.total).toBe(11);
    const food = await search({ categories: ["FOOD"] });
    expect(food.total).toBe(5);
    // The category facet ignores its own filter: the same counts as browsing everything.
    expect(food.facets.category).toEqual(everything.facets.category);
    expect(count(food.facets.category, "FOOD")).toBe(5);
    expect(count(food.facets.category, "HOUSING")).toBe(2);
    expect(count(food.facets.category, "GOODS")).toBe(1);
    // Other facets keep the category filter.
    expect(count(food.facets.region, "12")).toBe(4);
    expect(count(food.facets.region, "03")).toBe(1);
    expect((await search({ region: "12" })).facets.region).toEqual(everything.facets.region);

    await db.service.update({ where: { id: f.meubles.id }, data: { status: "inactive" } });
    await postgresEngine.index([f.meubles.id]);
    const after = await search({ categories: ["FOOD"] });
    expect(count(after.facets.category, "GOODS")).toBeUndefined();
    expect((await search({})).total).toBe(10);
    await db.service.update({ where: { id: f.meubles.id }, data: { status: "active" } });
    await postgresEngine.index([f.meubles.id]);
    expect(await search({ categories: ["FOOD"] })).toMatchObject({ facets: food.facets, total: 5 });
    expect((await search({})).total).toBe(11);
  });

  it("filters and flags open now in Québec time, past midnight and around the clock", async () => {
    expect(await names({ openNow: true, now: SATURDAY_3AM })).toEqual(["Hébergement de nuit", "Office d'habitation"]);
    expect(await names({ openNow: true, now: FRIDAY_10AM })).toEqual([
      "Banque alimentaire de Lévis",
      "Épicerie solidaire du quartier",
      "Office d'habitation",
    ]);
    const hits = (await search({ region: "03", now: SATURDAY_3AM })).hits;
    expect(Object.fromEntries(hits.map((h) => [h.name.text, h.openNow]))).toEqual({
      "Cuisine collective Limoilou": null,
      "Épicerie solidaire du quartier": false,
      "Hébergement de nuit": true,
      "Office d'habitation": true,
    });
  });

  it("applies closure dates and seasonal hours in the open-now filter", async () => {
    const schedule = await db.schedule.findFirstOrThrow({ where: { serviceId: f.epicerie.id } });
    await db.scheduleClosure.create({ data: { scheduleId: schedule.id, date: new Date("2026-01-09") } });
    await db.schedule.create({
      data: {
        serviceId: f.levisBank.id,
        validFrom: new Date("2026-01-01"),
        validTo: new Date("2026-01-31"),
        ranges: { create: [{ weekday: 5, opensAt: 13 * 60, closesAt: 16 * 60 }] },
      },
    });
    await postgresEngine.index([f.epicerie.id, f.levisBank.id]);
    try {
      expect(await names({ openNow: true, now: FRIDAY_10AM })).toEqual(["Office d'habitation"]);
      const afternoon = new Date("2026-01-09T14:00:00-05:00");
      expect(await names({ openNow: true, now: afternoon, region: "12" })).toEqual(["Banque alimentaire de Lévis"]);
      const hit = (await search({ q: "epicerie", now: FRIDAY_10AM })).hits[0];
      expect(hit.openNow).toBe(false);
    } finally {
      await db.scheduleClosure.deleteMany({ where: { scheduleId: schedule.id } });
      await db.schedule.deleteMany({ where: { serviceId: f.levisBank.id, validFrom: { not: null } } });
      await postgresEngine.index([f.epicerie.id, f.levisBank.id]);
    }
  });

  it("resolves near from a postal code, its first three characters, a municipality name or lat,lng", async () => {
    expect(await resolveNear("G6V 6N5")).toMatchObject({ lat: 46.8033, label: "G6V 6N5" });
    expect(await resolveNear("g6v")).toMatchObject({ lat: 46.8033, label: "G6V" });
    expect(await resolveNear("levis")).toMatchObject({ lat: 46.8033, label: "Lévis" });
    expect(await resolveNear("SAINT GEORGES")).toMatchObject({ label: "Saint-Georges" });
    expect(await resolveNear("46.1,-70.6")).toEqual({ lat: 46.1, lng: -70.6, label: "46.1000, -70.6000" });
    expect(await resolveNear("Paris")).toBeNull();
    expect(await resolveNear("H9Z")).toBeNull();
  });

  it("sorts by distance and applies the radius", async () => {
    const parsed = await resolveSearchParams(new URLSearchParams("near=G5Y&radius_km=10"), "fr");
    if (!parsed.ok) throw new Error("expected valid parameters");
    const result = await postgresEngine.search({ ...parsed.query, now: FRIDAY_10AM });
    expect(result.near?.label).toBe("G5Y");
    expect(result.hits.map((h) => h.name.text)).toEqual([
      "Centre communautaire",
      "Comptoir de partage de la Beauce",
      "Cuisine collective Chaudière",
      "Popote roulante",
    ]);
    expect(result.hits.every((h) => h.distanceKm === 0)).toBe(true);
    const wide = await search({ near: { lat: 46.1181, lng: -70.6703, label: "x" }, categories: ["FOOD"] });
    expect(wide.hits.map((h) => h.name.text)[0]).toBe("Comptoir de partage de la Beauce");
    expect(wide.hits.at(-1)!.distanceKm!).toBeGreaterThan(80);
    const unknown = await resolveSearchParams(new URLSearchParams("near=Paris"), "fr");
    expect(unknown).toEqual({ ok: false, fieldErrors: { near: ["fields.nearNotFound"] } });
  });

  it("returns the display payload of a hit without any other query", async () => {
    const hit = (await search({ q: "banque alimentaire de levis" })).hits[0];
    expect(hit).toMatchObject({
      id: f.levisBank.id,
      name: { text: "Banque alimentaire de Lévis", lang: "fr", isFallback: false },
      summary: { text: "Paniers de denrées chaque semaine." },
      categories: [{ code: "FOOD.BANK", name: { text: "Dépannage" } }],
      phones: [{ number: "418 555-0123", extension: "12", type: "voice" }],
      address: { street: "100, rue Principale", municipality: "Lévis", postalCode: "G6V 6N5" },
      distanceKm: null,
      status: "active",
      alert: null,
    });
    expect(hit.organization.name.text).toMatch(/^Organisme /);
  });

  it("paginates", async () => {
    const first = await search({ perPage: 2, page: 1 });
    const second = await search({ perPage: 2, page: 2 });
    expect(first.total).toBe(second.total);
    expect(first.hits).toHaveLength(2);
    expect(second.hits[0].id).not.toBe(first.hits[0].id);
    expect((await search({ perPage: 2, page: 500 })).hits).toEqual([]);
  });

  it("survives hostile text", async () => {
    for (const q of [
      "\u0000",
      ":* & | ! ( ) '",
      "'; DROP TABLE service; --",
      "a".repeat(10_000),
      "((((",
      "!!!banque",
    ]) {
      const result = await search({ q });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect(await names({ q: "!!!banque:*" })).toContain("Banque alimentaire de Lévis");
  });

  it("index() removes a service that is archived, and suggests names while typing", async () => {
    expect(await postgresEngine.suggest("ressou", "fr", 5)).toEqual(["Ressourcerie du Littoral"]);
    expect(await postgresEngine.suggest("ressou", "en", 5)).toEqual(["Littoral reuse centre"]);
    await db.service.update({ where: { id: f.meubles.id }, data: { status: "inactive" } });
    await postgresEngine.index([f.meubles.id]);
    expect(await names({ q: "ressourcerie" })).toEqual([]);
    await db.service.update({ where: { id: f.meubles.id }, data: { status: "active" } });
    await postgresEngine.index([f.meubles.id]);
    expect(await names({ q: "ressourcerie" })).toEqual(["Ressourcerie du Littoral"]);
  });
});
