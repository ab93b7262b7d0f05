import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { getSearchEngine } from "./engine";

const MAX_BACKOFF_SECONDS = 3600;

/**
 * Delivers pending search-outbox rows to the engine: claims them (FOR UPDATE SKIP LOCKED, so
 * several relays never deliver the same rows), rebuilds the documents of their services, and
 * marks them processed. On failure the rows stay pending with attempts, last_error and an
 * exponential backoff. Returns the number of rows delivered.
 */
export async function deliverPendingOutbox({ limit = 500 }: { limit?: number } = {}): Promise<number> {
  const engine = await getSearchEngine();
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; entity_id: string; attempts: number }[]>`
        SELECT id, entity_id, attempts FROM search_outbox
        WHERE processed_at IS NULL AND available_at <= now() AND entity_type = 'service'
        ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      try {
        await engine.index([...new Set(rows.map((row) => row.entity_id))]);
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
        await tx.$executeRaw`
          UPDATE search_outbox SET attempts = attempts + 1, last_error = ${message},
            available_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, 5 * power(2, attempts)))
          WHERE id = ANY(${ids}::bigint[])`;
        return 0;
      }
      await tx.$executeRaw`UPDATE search_outbox SET processed_at = now(), last_error = NULL
                           WHERE id = ANY(${ids}::bigint[])`;
      return rows.length;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

async function deliverAll() {
  // Bounded: a burst larger than this waits for the next write or sweep.
  for (let round = 0; round < 10; round++) {
    if ((await deliverPendingOutbox()) === 0) return;
  }
}

/**
 * Called by domain writes after their transaction committed, so that the change is searchable
 * within a second: inside a request it runs after the response (next/server `after`);
 * elsewhere (scripts, tests) it runs now and the returned promise can be awaited.
 */
export function scheduleOutboxDelivery(): Promise<void> | undefined {
  const work = () =>
    deliverAll().catch((error) => {
      console.error("search outbox delivery failed", error);
    });
  try {
    after(work);
    return undefined;
  } catch {
    // Not inside a request scope.
    return work();
  }
}
