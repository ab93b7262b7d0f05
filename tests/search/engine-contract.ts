// The behaviour every SearchEngine must have, whatever answers: run against the PostgreSQL
// engine (tests/integration/search-engine-contract.int.test.ts) and against a real
// Meilisearch (lib/search/meilisearch/meilisearch-contract.int.test.ts). Data comes from the
// factories; every name carries a random token so that no other row can match.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SearchEngine, SearchQuery } from "@/lib/search/types";
import { createMunicipality, createOrganization, createService, createTaxonomyTerm } from "@/tests/factories/directory";

const token = () =>
  Array.from(randomBytes(6), (b) => "bcdfghjklmnpqrstvwxz"[b % 20])
    .join("")
    .slice(0, 6);

// Wednesday 2026-12-02, 10:00 in Québec (EST = UTC−5).
const WEDNESDAY_TEN = new Date("2026-12-02T15:00:00Z");

export function searchEngineContract(label: string, createEngine: () => Promise<SearchEngine>) {
  describe(`search engine contract: ${label}`, () => {
    let engine: SearchEngine;
    const word = token();
    const ids: Record<string, string> = {};
    let root = "";
    let child = "";
    let municipalitySlug = "";
    const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
      q: "",
      locale: "fr",
      categories: [],
      page: 1,
      perPage: 20,
      now: WEDNESDAY_TEN,
      ...overrides,
    });
    const found = async (overrides: Partial<SearchQuery>) =>
      (await engine.search(query({ q: word, ...overrides }))).hits.map((h) => h.id).sort();
    const only = (...keys: string[]) => keys.map((k) => ids[k]).sort();

    beforeAll(async () => {
      engine = await createEngine();
      const code = `C${token().toUpperCase()}`;
      const parent = await createTaxonomyTerm({ code, nameFr: "Alimentation", nameEn: "Food" });
      const sub = await createTaxonomyTerm({
        code: `${code}.BANK`,
        nameFr: "Banques",
        nameEn: "Banks",
        parentId: parent.id,
      });
      root = parent.code;
      child = sub.code;
      const levis = await createMunicipality({ name: "Lévis", regionCode: "12", latitude: 46.8, longitude: -71.18 });
      const quebec = await createMunicipality({ name: "Québec", regionCode: "03", latitude: 46.81, longitude: -71.21 });
      const gaspe = await createMunicipality({ name: "Loin", regionCode: "03", latitude: 48.83, longitude: -64.48 });
      municipalitySlug = levis.slug;
      const org = await createOrganization({ nameFr: `Entraide ${word}` });
      const base = { organizationId: org.id };
      ids.food = (
        await createService({
          ...base,
          nameFr: `Épicerie solidaire ${word}`,
          nameEn: `Community grocery ${word}`,
          taxonomyTermIds: [sub.id],
          languages: ["fr", "en"],
          isFree: true,
          minimumAge: 18,
          location: { municipalityId: levis.id, wheelchair: true },
          hours: [[3, "09:00", "12:00"]],
        })
      ).id;
      ids.youth = (
        await createService({
          ...base,
          nameFr: `Maison des jeunes ${word}`,
          nameEn: null,
          taxonomyTermIds: [parent.id],
          languages: ["fr"],
          isFree: false,
          minimumAge: 12,
          maximumAge: 17,
          location: { municipalityId: quebec.id, wheelchair: false },
          hours: [[3, "13:00", "17:00"]],
        })
      ).id;
      ids.far = (
        await createService({ ...base, nameFr: `Service éloigné ${word}`, location: { municipalityId: gaspe.id } })
      ).id;
      ids.crisis = (await createService({ ...base, nameFr: `Ligne de crise ${word}`, alwaysOpen: true })).id;
      ids.gone = (await createService({ ...base, nameFr: `Service fermé ${word}`, status: "defunct" })).id;
      await engine.index(Object.values(ids));
    });

    it("finds services by words of their name, ignoring accents and case, and never non-public ones", async () => {
      expect(await found({})).toEqual(only("food", "youth", "far", "crisis"));
      const hits = (await engine.search(query({ q: `epicerie ${word}` }))).hits;
      expect(hits[0]?.id).toBe(ids.food);
    });

    it("shows English text on English pages and marks French fallbacks", async () => {
      const { hits } = await engine.search(query({ q: word, locale: "en" }));
      const food = hits.find((h) => h.id === ids.food)!;
      const youth = hits.find((h) => h.id === ids.youth)!;
      expect(food.name).toEqual({ text: `Community grocery ${word}`, lang: "en", isFallback: false });
      expect(youth.name).toMatchObject({ text: `Maison des jeunes ${word}`, lang: "fr", isFallback: true });
    });

    it("filters by category including descendants, region, municipality, language, access, price and age", async () => {
      expect(await found({ categories: [root] })).toEqual(only("food", "youth"));
      expect(await found({ categories: [child] })).toEqual(only("food"));
      expect(await found({ region: "12" })).toEqual(only("food"));
      expect(await found({ municipality: municipalitySlug })).toEqual(only("food"));
      expect(await found({ language: "en" })).toEqual(only("food"));
      expect(await found({ accessible: true })).toEqual(only("food"));
      expect(await found({ age: 15 })).toEqual(only("youth", "far", "crisis"));
      expect(await found({ age: 30, categories: [root] })).toEqual(only("food"));
    });

    it("filters on open now at the query's instant, and tells each hit whether it is open", async () => {
      expect(await found({ openNow: true })).toEqual(only("food", "crisis"));
      const { hits } = await engine.search(query({ q: word }));
      const open = Object.fromEntries(hits.map((h) => [h.id, h.openNow]));
      expect(open[ids.food]).toBe(true);
      expect(open[ids.youth]).toBe(false);
      expect(open[ids.crisis]).toBe(true);
    });

    it("sorts by distance near a point and keeps only those within the radius", async () => {
      const near = { lat: 46.8, lng: -71.18, label: "Lévis" };
      const { hits } = await engine.search(query({ q: word, near, radiusKm: 25 }));
      expect(hits.map((h) => h.id)).toEqual([ids.food, ids.youth]);
      expect(hits[0].distanceKm).toBeLessThan(1);
      expect(hits[1].distanceKm).toBeGreaterThan(1);
    });

    it("paginates with a stable total and counts facets", async () => {
      const first = await engine.search(query({ q: word, perPage: 2 }));
      const second = await engine.search(query({ q: word, perPage: 2, page: 2 }));
      expect(first.total).toBe(4);
      expect(first.hits).toHaveLength(2);
      expect(second.hits).toHaveLength(2);
      expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(4);
      expect(first.facets.category).toContainEqual(expect.objectContaining({ value: root, count: 2 }));
      expect(first.facets.region).toContainEqual(expect.objectContaining({ value: "12", count: 1 }));
    });

    it("removes a service from the index once it is archived", async () => {
      await db.service.update({ where: { id: ids.far }, data: { deletedAt: new Date() } });
      await engine.index([ids.far]);
      expect(await found({})).toEqual(only("food", "youth", "crisis"));
    });

    it("suggests names for a typed prefix", async () => {
      const suggestions = await engine.suggest(`epicerie sol`, "fr", 5);
      expect(suggestions.join(" ").toLowerCase()).toContain("solidaire");
    });
  });
}
