// The outbox end to end with the real domain functions and a real engine (run against
// PostgreSQL and against Meilisearch, tests/integration/search-outbox*.int.test.ts): an edit
// is searchable within a second, archiving removes it, failures lose nothing, and a relay
// killed between delivery and marking resends an identical document.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { archiveService } from "@/lib/directory/archive-service";
import { createService } from "@/lib/directory/create-service";
import { updateService } from "@/lib/directory/update-service";
import { deliverOutboxPass, drainOutbox, MAX_BACKOFF_SECONDS } from "@/lib/search/outbox-relay";
import { enqueueSearchSync } from "@/lib/search/outbox";
import type { SearchQuery } from "@/lib/search/types";
import type { EngineUnderTest } from "@/tests/search/engine-under-test";
import { createOrganization } from "@/tests/factories/directory";
import { serviceForm } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/staff";
import { countingEngine, flakyEngine, pendingRows, skipBackoff, waitUntil } from "@/tests/factories/search-outbox";

export function searchOutboxSuite({ label, engine, searchOnly, indexedDocument, indexedName }: EngineUnderTest) {
  const found = async (q: string, id: string) => (await searchOnly(query(q))).hits.some((hit) => hit.id === id);

  const query = (q: string): SearchQuery => ({ q, locale: "fr", categories: [], page: 1, perPage: 20 });

  /**
   * An edit whose wake-up was lost (as after a crash right after the commit): the change and
   * its outbox row in one transaction, nothing delivered yet — the relay under test does it.
   */
  async function editWithoutWakeUp(id: string, nameFr: string) {
    await db.$transaction(async (tx) => {
      await tx.service.update({ where: { id }, data: { nameFr, version: { increment: 1 } } });
      await enqueueSearchSync(tx, { serviceIds: [id] });
    });
  }

  async function newService(nameFr: string) {
    const editor = await createActor("editor");
    const org = await createOrganization();
    const created = await createService(editor, org.id, serviceForm({ nameFr }));
    await drainOutbox({ engine });
    return { editor, id: created.id };
  }

  describe(`search outbox (${label}): edits reach the index`, () => {
    it("makes an edit searchable within one second of the commit", async () => {
      const { editor, id } = await newService("Comptoir Zorblatt");
      expect(await found("zorblatt", id)).toBe(true);

      // updateService wakes the relay after its commit (after() in a request; awaited here).
      await updateService(editor, id, { ...serviceForm({ nameFr: "Comptoir Quixanthe" }), version: 1 });
      // From the outbox row's insert (just before the commit) to its delivery, by the
      // database's clock: the relay's latency, whatever the load of the test machine.
      const row = await db.searchOutbox.findFirstOrThrow({ where: { entityId: id }, orderBy: { id: "desc" } });
      expect(row.processedAt).not.toBeNull();
      expect(row.processedAt!.getTime() - row.createdAt.getTime()).toBeLessThan(1000);
      expect(await indexedName(id)).toBe("Comptoir Quixanthe");
      expect(await found("quixanthe", id)).toBe(true);
      expect(await found("zorblatt", id)).toBe(false);
      expect(await pendingRows()).toEqual([]);
    });

    it("removes an archived service from the index", async () => {
      const { editor, id } = await newService("Halte Vermillonne");
      expect(await found("vermillonne", id)).toBe(true);
      await archiveService(editor, id, 1);
      await waitUntil(async () => (await indexedDocument(id)) === null, 1000, 10);
      expect(await found("vermillonne", id)).toBe(false);
    });
  });

  describe(`search outbox (${label}): failures`, () => {
    it("loses nothing when the engine fails N times then recovers, keeping attempts and the error", async () => {
      const { id } = await newService("Atelier Brindacier");
      await editWithoutWakeUp(id, "Atelier Pomerolle");
      const flaky = flakyEngine(engine, 3);

      for (let attempt = 1; attempt <= 3; attempt++) {
        const pass = await deliverOutboxPass({ engine: flaky.engine });
        expect(pass).toMatchObject({ delivered: 0, failed: 1 });
        const [row] = await pendingRows();
        expect(row.attempts).toBe(attempt);
        expect(row.lastError).toContain(`injected failure ${attempt}/3`);
        // Exponential backoff: 2, 4, 8 s … capped.
        const delay = (row.availableAt.getTime() - Date.now()) / 1000;
        expect(delay).toBeGreaterThan(2 ** attempt - 1.5);
        expect(delay).toBeLessThanOrEqual(Math.min(2 ** attempt, MAX_BACKOFF_SECONDS) + 0.5);
        // Not due yet: a pass in the meantime leaves it alone.
        expect((await deliverOutboxPass({ engine: flaky.engine })).claimed).toBe(0);
        await skipBackoff();
      }
      expect(await found("pomerolle", id)).toBe(false);

      expect(await drainOutbox({ engine: flaky.engine })).toBe(1);
      expect(await pendingRows()).toEqual([]);
      expect(await found("pomerolle", id)).toBe(true);
      const row = await db.searchOutbox.findFirstOrThrow({ where: { entityId: id }, orderBy: { id: "desc" } });
      expect(row).toMatchObject({ attempts: 3, lastError: null });
      expect(row.processedAt).not.toBeNull();
    });

    it("resends an identical document when a relay dies between delivery and marking", async () => {
      const { id } = await newService("Refuge Ostrelin");
      await editWithoutWakeUp(id, "Refuge Calvaduc");
      const counting = countingEngine(engine);

      const killed = deliverOutboxPass({
        engine: counting.engine,
        beforeMark: () => {
          throw new Error("relay killed (simulated)");
        },
      });
      await expect(killed).rejects.toThrow("relay killed");
      const sentFirst = await indexedDocument(id);
      expect(sentFirst).toMatchObject({ slug: expect.any(String) });
      // The marking rolled back with the relay: still pending, no attempt counted.
      const [row] = await pendingRows();
      expect(row).toMatchObject({ entityId: id, attempts: 0, processedAt: null });

      expect(await drainOutbox({ engine: counting.engine })).toBe(1);
      expect(counting.deliveries.get(id)).toBe(2);
      expect(await indexedDocument(id)).toEqual(sentFirst);
      expect(await pendingRows()).toEqual([]);
    });

    it("isolates a document the engine rejects: the other services of the batch are delivered", async () => {
      const a = await newService("Service Alpha");
      const b = await newService("Service Beta");
      const c = await newService("Service Gamma");
      await db.$executeRaw`INSERT INTO search_outbox (entity_type, entity_id, operation)
      VALUES ('service', ${a.id}::uuid, 'upsert'), ('service', ${b.id}::uuid, 'upsert'), ('service', ${c.id}::uuid, 'upsert')`;
      const rejecting = {
        ...engine,
        async index(ids: string[]) {
          if (ids.includes(b.id)) throw new Error("document rejected");
          await engine.index(ids);
        },
      };
      const pass = await deliverOutboxPass({ engine: rejecting });
      expect(pass).toMatchObject({ claimed: 3, delivered: 2, failed: 1 });
      const pending = await pendingRows();
      expect(pending.map((r) => [r.entityId, r.attempts, r.lastError])).toEqual([[b.id, 1, "document rejected"]]);
    });
  });
}
