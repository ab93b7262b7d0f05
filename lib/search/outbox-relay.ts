import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { announceSearchChange } from "./search-changes";
import type { SearchEngine } from "./types";

// Delivery of the search outbox (docs/decisions/003-search-outbox.md). One pass = one
// transaction: claim due rows (FOR UPDATE SKIP LOCKED), lock their services
// (pg_try_advisory_xact_lock, so two relays never deliver one service at the same time and
// an older document cannot overwrite a newer one), deliver, then mark — all or nothing. A
// relay that dies before the commit leaves the rows pending: they are delivered again, and
// since documents are rebuilt from the current rows, the resend is identical.

export const MAX_BACKOFF_SECONDS = 300;

export type PassOptions = {
  engine: SearchEngine;
  /** Rows claimed per pass (bounded so one pass holds a connection briefly). */
  limit?: number;
  /** Test hook: runs after the engine confirmed, before the rows are marked. */
  beforeMark?: (serviceIds: string[]) => void | Promise<void>;
};

export type PassResult = {
  /** Rows this pass locked. */
  claimed: number;
  /** Rows marked processed. */
  delivered: number;
  /** Rows whose delivery failed (attempts + 1, postponed). */
  failed: number;
  /** Rows left for later because another relay is delivering the same service. */
  deferred: number;
  /** Ids of the rows marked processed by this pass. */
  deliveredRows: bigint[];
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/** Delivers these services one call at a time (used to isolate a document the engine rejects). */
async function deliverEach(engine: SearchEngine, serviceIds: string[], failures: Map<string, string>) {
  for (const id of serviceIds) {
    try {
      await engine.index([id]);
    } catch (error) {
      failures.set(id, message(error));
    }
  }
}

async function markFailed(tx: Tx, rowIds: bigint[], error: string) {
  if (rowIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE search_outbox SET attempts = attempts + 1, last_error = ${error},
      available_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts + 1)))
    WHERE id = ANY(${rowIds}::bigint[])`;
}

export async function deliverOutboxPass({ engine, limit = 200, beforeMark }: PassOptions): Promise<PassResult> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; entity_id: string }[]>`
        SELECT id, entity_id::text FROM search_outbox
        WHERE processed_at IS NULL AND available_at <= now() AND entity_type = 'service'
        ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { claimed: 0, delivered: 0, failed: 0, deferred: 0, deliveredRows: [] };

      const distinct = [...new Set(rows.map((r) => r.entity_id))];
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT e::text AS id FROM unnest(${distinct}::uuid[]) AS e
        WHERE pg_try_advisory_xact_lock(hashtextextended('search_outbox:' || e::text, 0))`;
      const mine = new Set(locked.map((l) => l.id));
      const ours = rows.filter((r) => mine.has(r.entity_id));
      const serviceIds = [...mine];
      if (serviceIds.length === 0)
        return { claimed: rows.length, delivered: 0, failed: 0, deferred: rows.length, deliveredRows: [] };

      const failures = new Map<string, string>();
      try {
        await engine.index(serviceIds);
      } catch (error) {
        if (serviceIds.length === 1) failures.set(serviceIds[0], message(error));
        else {
          // Engine down, or one document it rejects? Try the first alone: if that fails too,
          // the engine is down and every row waits; otherwise deliver the rest one by one.
          await deliverEach(engine, serviceIds.slice(0, 1), failures);
          if (failures.size === 1) for (const id of serviceIds.slice(1)) failures.set(id, message(error));
          else await deliverEach(engine, serviceIds.slice(1), failures);
        }
      }
      // Even a failed delivery may have changed one engine (both are written at once, one may have failed).
      await announceSearchChange();

      const delivered = ours.filter((r) => !failures.has(r.entity_id)).map((r) => r.id);
      await beforeMark?.(serviceIds.filter((id) => !failures.has(id)));
      if (delivered.length > 0)
        await tx.$executeRaw`UPDATE search_outbox SET processed_at = now(), last_error = NULL
                             WHERE id = ANY(${delivered}::bigint[])`;
      const byError = new Map<string, bigint[]>();
      for (const row of ours) {
        const error = failures.get(row.entity_id);
        if (error) byError.set(error, [...(byError.get(error) ?? []), row.id]);
      }
      for (const [error, ids] of byError) await markFailed(tx, ids, error);
      return {
        claimed: rows.length,
        delivered: delivered.length,
        failed: ours.length - delivered.length,
        deferred: rows.length - ours.length,
        deliveredRows: delivered,
      };
    },
    // Long enough for a Meilisearch task to be confirmed; the batch bound keeps it short in practice.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Passes until nothing is due (or `maxPasses`): returns the rows delivered. */
export async function drainOutbox(options: PassOptions & { maxPasses?: number }): Promise<number> {
  let delivered = 0;
  for (let pass = 0; pass < (options.maxPasses ?? 50); pass++) {
    const result = await deliverOutboxPass(options);
    delivered += result.delivered;
    // Stop when nothing was due, or when all that was due belongs to another relay or failed.
    if (result.delivered === 0) break;
  }
  return delivered;
}
