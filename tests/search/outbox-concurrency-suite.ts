// Several relays and many writers at once, against a real engine (PostgreSQL and Meilisearch,
// tests/integration/search-outbox-concurrency*.int.test.ts): nothing is lost, nothing is
// delivered by two relays at the same time, and the index ends equal to the final state of
// the record.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { deliverOutboxPass, drainOutbox, type PassOptions } from "@/lib/search/outbox-relay";
import { runRelay } from "@/lib/search/relay-runner";
import type { SearchEngine } from "@/lib/search/types";
import { createService } from "@/tests/factories/directory";
import { countingEngine, pendingRows } from "@/tests/factories/search-outbox";
import type { EngineUnderTest } from "@/tests/search/engine-under-test";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A relay process: passes until nothing is due, collecting the rows it marked. */
async function relay(options: PassOptions) {
  const marked: bigint[] = [];
  for (let idle = 0; idle < 3;) {
    const pass = await deliverOutboxPass(options);
    marked.push(...pass.deliveredRows);
    if (pass.claimed === 0) idle++;
    else if (pass.delivered === 0) await pause(5);
  }
  return marked;
}

/** Flags any moment at which two deliveries of the same service overlap. */
function overlapDetector(inner: SearchEngine) {
  const inFlight = new Set<string>();
  const overlaps: string[] = [];
  const engine: SearchEngine = {
    ...inner,
    async index(ids) {
      for (const id of ids) (inFlight.has(id) ? overlaps : []).push(id);
      ids.forEach((id) => inFlight.add(id));
      try {
        await pause(Math.random() * 5);
        await inner.index(ids);
      } finally {
        ids.forEach((id) => inFlight.delete(id));
      }
    },
  };
  return { engine, overlaps };
}

export function outboxConcurrencySuite({ label, engine: inner, indexedDocument, indexedName }: EngineUnderTest) {
  describe(`search outbox under concurrency (${label})`, () => {
    it(
      "two relays draining one backlog mark every row exactly once and deliver every service",
      { timeout: 120_000 },
      async () => {
        const services = await Promise.all(Array.from({ length: 8 }, (_, i) => createService({ nameFr: `Lot ${i}` })));
        // A backlog of 200 rows in random order: each service edited 25 times, so concurrent
        // batches keep meeting the same services (what the per-service lock is for).
        const ids = services.flatMap((s) => Array.from({ length: 25 }, () => s.id)).sort(() => Math.random() - 0.5);
        await db.$transaction((tx) => enqueueSearchSync(tx, { serviceIds: ids }));
        const backlog = await pendingRows();
        expect(backlog).toHaveLength(200);

        const counting = countingEngine(inner);
        const detector = overlapDetector(counting.engine);
        const [first, second] = await Promise.all([
          relay({ engine: detector.engine, limit: 15 }),
          relay({ engine: detector.engine, limit: 15 }),
        ]);

        const marked = [...first, ...second].map(String).sort();
        expect(new Set(marked).size).toBe(marked.length); // no row marked twice
        expect(marked).toEqual(backlog.map((row) => String(row.id)).sort()); // and none missed
        expect(first.length).toBeGreaterThan(0);
        expect(second.length).toBeGreaterThan(0);
        expect(detector.overlaps).toEqual([]);
        for (const service of services) {
          expect(counting.deliveries.get(service.id)).toBeGreaterThanOrEqual(1);
          expect(await indexedDocument(service.id)).not.toBeNull();
        }
        expect(await pendingRows()).toEqual([]);
      },
    );

    it(
      "100 concurrent edits of one record end with the index equal to the final row",
      { timeout: 120_000 },
      async () => {
        const service = await createService({ nameFr: "Version 0" });
        await inner.index([service.id]);
        const detector = overlapDetector(inner);

        // Each edit: change + outbox row in one transaction, then wake relays right after the
        // commit (in-process runner, and an independent relay as another instance would be).
        const edits = Array.from({ length: 100 }, async (_, i) => {
          await pause(Math.random() * 50);
          await db.$transaction(
            async (tx) => {
              await tx.service.update({
                where: { id: service.id },
                data: { nameFr: `Version ${i + 1}`, descriptionFr: `Description ${i + 1}`, version: { increment: 1 } },
              });
              await enqueueSearchSync(tx, { serviceIds: [service.id] });
            },
            { maxWait: 60_000, timeout: 60_000 },
          );
          await Promise.all([
            runRelay(),
            i % 10 === 0 ? deliverOutboxPass({ engine: detector.engine, limit: 5 }) : undefined,
          ]);
        });
        await Promise.all(edits);
        await drainOutbox({ engine: inner });

        expect(await pendingRows()).toEqual([]);
        expect(detector.overlaps).toEqual([]);
        const final = await db.service.findUniqueOrThrow({ where: { id: service.id } });
        expect(final.version).toBe(101);
        const indexed = await indexedDocument(service.id);
        expect(await indexedName(service.id)).toBe(final.nameFr);
        // Equal to a document rebuilt now from the final row.
        await inner.index([service.id]);
        expect(await indexedDocument(service.id)).toEqual(indexed);
      },
    );
  });
}
