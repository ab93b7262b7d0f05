// The engine contract against a REAL Meilisearch (never a fake server): the embedded test
// server that `npm test` starts (or TEST_MEILI_URL). Never skipped.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { SearchQuery } from "@/lib/search/types";
import { searchEngineContract } from "@/tests/search/engine-contract";
import { testMeiliConfig } from "@/tests/search/test-meili";
import { createMeiliClient, succeeded } from "./client";
import { createMeilisearchEngine, ensureIndex } from "./meilisearch-engine";
import { buildServiceDocument, type ServiceRow } from "./document";
import { FILTERABLE_ATTRIBUTES, filterableNames, indexSettings } from "./settings";

/** A minimal public service row, as load-rows.ts reads it. */
function syntheticRow(index: number, word: string): ServiceRow {
  const regionCode = index % 3 === 0 ? "03" : "12";
  return {
    id: randomUUID(),
    slug: `service-${index}`,
    nameFr: `Service ${word} ${index}`,
    nameEn: null,
    alternateName: null,
    descriptionFr: "Description.",
    descriptionEn: null,
    status: "active",
    alertFr: null,
    alertEn: null,
    isFree: index % 2 === 0,
    minimumAge: null,
    maximumAge: null,
    eligibilityFr: null,
    eligibilityEn: null,
    clienteleFr: null,
    clienteleEn: null,
    organization: { id: "org", slug: "org", nameFr: "Organisme", nameEn: null, alternateName: null },
    terms: [],
    languages: ["fr"],
    phones: [],
    locations: [],
    areas: [{ regionCode, municipality: null }],
    schedules: [],
  };
}

describe("Meilisearch engine (real server)", () => {
  // A throwaway index per run, so that parallel runs and a real deployment are never touched.
  const config = testMeiliConfig();
  const indexUid = config.indexUid;
  const client = createMeiliClient(config);

  afterAll(async () => {
    await client.deleteIndexIfExists(indexUid);
  });

  searchEngineContract("meilisearch", async () => createMeilisearchEngine({ client, indexUid }));

  it("applies the settings from code when it creates the index", async () => {
    await ensureIndex(client, indexUid);
    const settings = await client.index(indexUid).getSettings();
    expect(filterableNames(settings.filterableAttributes).sort()).toEqual([...FILTERABLE_ATTRIBUTES].sort());
    // Only the ages are compared with < and >; nothing builds a facet-search index.
    expect(settings.filterableAttributes).toEqual(indexSettings([]).filterableAttributes);
    expect(settings.facetSearch).toBe(false);
    expect(settings.localizedAttributes).toHaveLength(2);
  });

  it("counts totals exactly beyond 5,000 matches, equal to the facet counts, and a filter narrows them", async () => {
    const uid = `${indexUid}_large`;
    const word = `zx${Date.now().toString(36)}`;
    await ensureIndex(client, uid);
    const documents = Array.from({ length: 6_100 }, (_, i) => buildServiceDocument(syntheticRow(i, word)));
    try {
      await succeeded(client.index(uid).addDocuments(documents, { primaryKey: "id" }), 120_000);
      const engine = createMeilisearchEngine({ client, indexUid: uid });
      const query: SearchQuery = { q: word, locale: "fr", categories: [], page: 1, perPage: 20 };
      const all = await engine.search(query);
      const inQuebec = documents.filter((d) => d.regions.includes("03")).length;
      expect(all.total).toBe(6_100);
      expect(all.facets.region).toEqual([
        expect.objectContaining({ value: "03", count: inQuebec }),
        expect.objectContaining({ value: "12", count: 6_100 - inQuebec }),
      ]);
      const narrowed = await engine.search({ ...query, region: "03" });
      expect(narrowed.total).toBe(inQuebec);
      // The region facet still counts the other region (disjunctive), the others follow the filter.
      expect(narrowed.facets.region.map((f) => f.count)).toEqual([inQuebec, 6_100 - inQuebec]);
      expect((await engine.search({ ...query, free: true })).total).toBe(3_050);
      // The last page exists and is full up to the exact total.
      const last = await engine.search({ ...query, perPage: 50, page: Math.ceil(6_100 / 50) });
      expect(last.hits).toHaveLength(6_100 % 50 || 50);
    } finally {
      await client.deleteIndexIfExists(uid);
    }
  }, 180_000);

  it("treats a failed task as a failure, not as accepted", async () => {
    // Adding a document without its primary key is accepted (enqueued) and then fails.
    await expect(succeeded(client.index(indexUid).addDocuments([{ name_fr: "sans id" }]))).rejects.toThrow(
      /ended "failed"/,
    );
  });
});
