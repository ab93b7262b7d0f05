// Test helpers for the search outbox: wrappers around a REAL engine (counting deliveries,
// injecting faults) and a snapshot of what the PostgreSQL engine indexed.
import { db } from "@/lib/db/client";
import type { SearchEngine } from "@/lib/search/types";

/** Counts, per service id, how many times it was delivered to the wrapped engine. */
export function countingEngine(inner: SearchEngine) {
  const deliveries = new Map<string, number>();
  const engine: SearchEngine = {
    ...inner,
    name: inner.name,
    search: (query) => inner.search(query),
    suggest: (...args) => inner.suggest(...args),
    async index(ids) {
      await inner.index(ids);
      for (const id of ids) deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    },
  };
  return { engine, deliveries };
}

/** Fails the first `failures` index() calls (as an unreachable engine would), then delegates. */
export function flakyEngine(inner: SearchEngine, failures: number) {
  const state = { calls: 0, failed: 0 };
  const engine: SearchEngine = {
    ...inner,
    search: (query) => inner.search(query),
    suggest: (...args) => inner.suggest(...args),
    async index(ids) {
      state.calls++;
      if (state.failed < failures) {
        state.failed++;
        throw new Error(`engine unavailable (injected failure ${state.failed}/${failures})`);
      }
      await inner.index(ids);
    },
  };
  return { engine, state };
}

/** The PostgreSQL engine's document of a service, minus its timestamp (null when not indexed). */
export async function indexedDocument(serviceId: string) {
  const rows = await db.$queryRaw<{ doc: Record<string, unknown> }[]>`
    SELECT to_jsonb(d) - 'indexed_at' AS doc FROM search_document d WHERE service_id = ${serviceId}::uuid`;
  return rows[0]?.doc ?? null;
}

/** Makes rows postponed by backoff due now (instead of waiting seconds in a test). */
export async function skipBackoff() {
  await db.$executeRaw`UPDATE search_outbox SET available_at = now() WHERE processed_at IS NULL`;
}

export async function pendingRows() {
  return db.searchOutbox.findMany({ where: { processedAt: null }, orderBy: { id: "asc" } });
}

/** Polls until `check` returns true or the deadline passes; returns the elapsed milliseconds. */
export async function waitUntil(check: () => Promise<boolean>, deadlineMs: number, stepMs = 20): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > deadlineMs) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
