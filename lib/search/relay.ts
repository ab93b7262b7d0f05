import "server-only";
import { after } from "next/server";
import { getSearchEngine } from "./engine";
import { drainOutbox } from "./outbox-relay";
import { runRelay } from "./relay-runner";
import { errorFields, logger } from "@/lib/observability/logger";

// The entry points domain code uses. The work is in outbox-relay.ts (claim with
// FOR UPDATE SKIP LOCKED + per-service advisory lock, deliver, mark in one transaction) and
// relay-runner.ts (one relay at a time per process, and the sweeper).
// See docs/decisions/003-search-outbox.md.

/**
 * Delivers what is due now, in bounded passes; returns the number of rows marked processed.
 * Failures stay pending with attempts, last_error and exponential backoff.
 */
export async function deliverPendingOutbox({ limit = 200 }: { limit?: number } = {}): Promise<number> {
  return drainOutbox({ engine: await getSearchEngine(), limit });
}

/**
 * Called by domain writes after their transaction committed, so that the change is searchable
 * within a second: inside a request it runs after the response (next/server `after`);
 * elsewhere (scripts, tests) it runs now and the returned promise can be awaited. Never
 * throws: the rows are durable and the sweeper retries.
 */
export function scheduleOutboxDelivery(): Promise<void> | undefined {
  const work = () =>
    runRelay().then(
      () => undefined,
      (error) => logger.warn(errorFields(error), "search outbox delivery failed; the sweeper will retry"),
    );
  try {
    after(work);
    return undefined;
  } catch {
    // Not inside a request scope.
    return work();
  }
}
