import type pg from "pg";
import { createPool } from "./pool";

/**
 * Is PostgreSQL answering? Asked by the proxy before any page renders, so that an outage is
 * a 503 page with Retry-After in well under 2 s rather than a 500 from whichever query fails
 * first (a page cannot choose its status). One `SELECT 1` per second at most per instance,
 * on a connection of its own; answers in between come from the last probe. Process-wide
 * (globalThis): the proxy and the pages are separate bundles of one process.
 */
const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;

type State = { pool?: pg.Pool; checkedAt: number; available: boolean; probing?: Promise<boolean> };
const state = ((globalThis as { databaseAvailability?: State }).databaseAvailability ??= {
  checkedAt: 0,
  available: true,
});

async function probe(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return true; // nothing to watch (a build, a page without a database)
  state.pool ??= createPool({ connectionString: url, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      state.pool.query("SELECT 1"),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), PROBE_TIMEOUT_MS))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (now - state.checkedAt < PROBE_EVERY_MS) return state.available;
  state.probing ??= probe().then((available) => {
    Object.assign(state, { available, checkedAt: Date.now(), probing: undefined });
    return available;
  });
  return state.probing;
}
