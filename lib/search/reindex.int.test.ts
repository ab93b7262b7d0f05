import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { createPlace } from "@/tests/factories/search";
import { postgresEngine } from "./postgres/engine";
import { reindexAll, type ReindexProgress } from "./reindex";

// reindexAll builds documents by ranges of service ids on two connections; the engine's
// index() builds them from a list of ids. Both must give the same documents.

const documents = async () =>
  db.$queryRaw<{ service_id: string; doc: Record<string, unknown>; indexed_at: Date }[]>`
    SELECT service_id::text, to_jsonb(d) - 'indexed_at' AS doc, indexed_at FROM search_document d
    ORDER BY service_id`;

/** (facet, value) pairs whose kept count (search_facet_count) differs from a recount of the documents. */
const countDrift = async () =>
  db.$queryRaw<{ facet: string; value: string }[]>`
    WITH recount AS (
      SELECT v.facet, v.value, count(*)::int AS documents
      FROM search_document d CROSS JOIN LATERAL (
        SELECT 'all', '' UNION ALL SELECT 'category', unnest(d.category_codes) UNION ALL
        SELECT 'region', unnest(d.region_codes) UNION ALL SELECT 'municipality', unnest(d.municipality_slugs) UNION ALL
        SELECT 'language', unnest(d.language_codes) UNION ALL SELECT 'accessible', 'true' WHERE d.accessible
      ) AS v(facet, value)
      GROUP BY v.facet, v.value)
    SELECT facet, value FROM recount r FULL JOIN (SELECT * FROM search_facet_count WHERE documents <> 0) k USING (facet, value)
    WHERE r.documents IS DISTINCT FROM k.documents`;

const ids: string[] = [];
let archivedId = "";

beforeAll(async () => {
  const place = await createPlace({ name: "Québec", regionCode: "03", latitude: 46.81, longitude: -71.2, fsa: "G1K" });
  const food = await createTaxonomyTerm({ code: "FOOD", nameFr: "Alimentation", nameEn: "Food" });
  const bank = await createTaxonomyTerm({
    code: "FOOD.BANK",
    nameFr: "Dépannage",
    nameEn: "Food bank",
    parentId: food.id,
  });
  for (let i = 0; i < 7; i++) {
    const service = await createService({
      nameFr: `Comptoir alimentaire ${i}`,
      taxonomyTermIds: [i % 2 ? bank.id : food.id],
      location: { municipalityId: place.id, wheelchair: i % 3 === 0 },
      hours:
        i % 2
          ? [
              [1, "09:00", "12:00"],
              [7, "22:00", "02:00"],
            ]
          : undefined,
      alwaysOpen: i === 4,
    });
    ids.push(service.id);
  }
  archivedId = (await createService({ nameFr: "Service archivé", status: "inactive" })).id;
});

describe("reindexAll", () => {
  it("indexes every public service in batches, exactly as index() does, and reports progress", async () => {
    const progress: ReindexProgress[] = [];
    const result = await reindexAll(process.env.DATABASE_URL, (p) => progress.push(p), { batchSize: 3 });
    expect(result.indexed).toBe(8);
    expect(progress.at(-1)).toEqual({ indexed: 8, total: 8 });
    expect(progress.length).toBe(3);
    const byRanges = await documents();
    expect(byRanges.map((d) => d.service_id).sort()).toEqual([...ids].sort());

    await db.$executeRaw`TRUNCATE search_document`;
    await postgresEngine.index([...ids, archivedId]);
    const byIds = await documents();
    expect(byIds.map((d) => d.doc)).toEqual(byRanges.map((d) => d.doc));
    const doc = byIds.find((d) => d.service_id === ids[1])!.doc;
    expect(doc.category_codes).toEqual(["FOOD", "FOOD.BANK"]);
    expect(doc.open_week).toBe("{[0,120),[540,720),[9960,10080)}");
    expect(await countDrift()).toEqual([]);
  });

  it("rewrites only documents that changed, and drops those of deleted or archived services", async () => {
    await reindexAll(process.env.DATABASE_URL, undefined, { batchSize: 2 });
    const before = new Map((await documents()).map((d) => [d.service_id, d]));
    await db.service.update({ where: { id: ids[0] }, data: { nameFr: "Cuisine collective" } });
    await db.service.update({ where: { id: ids[1] }, data: { status: "inactive" } });
    await db.service.delete({ where: { id: ids[2] } });

    await reindexAll(process.env.DATABASE_URL, undefined, { batchSize: 2 });
    const after = new Map((await documents()).map((d) => [d.service_id, d]));
    expect([...after.keys()].sort()).toEqual([ids[0], ...ids.slice(3)].sort());
    expect((after.get(ids[0])!.doc.display as { nameFr: string }).nameFr).toBe("Cuisine collective");
    expect(after.get(ids[0])!.indexed_at.getTime()).toBeGreaterThan(before.get(ids[0])!.indexed_at.getTime());
    for (const id of ids.slice(3)) expect(after.get(id)).toEqual(before.get(id));
    // Facet counts follow: the removed documents are out of them, the renamed one counted once.
    expect(await countDrift()).toEqual([]);
    const [kept] = await db.$queryRaw<{ documents: number }[]>`
      SELECT documents FROM search_facet_count WHERE facet = 'all'`;
    expect(kept.documents).toBe(5);
  });
});
