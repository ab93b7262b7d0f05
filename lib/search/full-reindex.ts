import "server-only";
import pg from "pg";
import { configuredEngineName } from "./engine-name";
import { meiliConfigFromEnv } from "./meilisearch/client";
import { reindexMeilisearch } from "./meilisearch/reindex-meilisearch";
import { reindexAll } from "./reindex";
import { announceSearchChange } from "./search-changes";

// A full rebuild of the search index from PostgreSQL, for `npm run search:reindex` and the
// admin dashboard. One at a time across all instances (a session advisory lock); progress is
// kept in memory by the instance running it, and other instances see that one is running
// from the lock (docs/decisions/003-search-outbox.md).

const LOCK_KEY: [number, number] = [211, 3];

export class ReindexAlreadyRunning extends Error {
  constructor() {
    super("A full search reindex is already running.");
    this.name = "ReindexAlreadyRunning";
  }
}

export type ReindexPhase = "postgres" | "meilisearch" | "replay" | "done" | "failed";
export type ReindexProgress = {
  id: string;
  phase: ReindexPhase;
  indexed: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
};

const globalForReindex = globalThis as unknown as { lastReindex?: ReindexProgress };

/** The latest run started by this instance (null if none since it started). */
export function localReindexProgress(): ReindexProgress | null {
  return globalForReindex.lastReindex ?? null;
}

/** Whether a reindex holds the lock anywhere (any instance, or the CLI). */
export async function isReindexRunning(url = process.env.DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND granted",
      LOCK_KEY,
    );
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

function meilisearchConfigured() {
  return configuredEngineName() === "meilisearch" && meiliConfigFromEnv() !== null;
}

/**
 * Rebuilds the PostgreSQL documents (always: they answer when Meilisearch cannot), then,
 * with SEARCH_ENGINE=meilisearch, a new Meilisearch index swapped in atomically. Edits made
 * meanwhile were read before the rebuild reached them or not: their outbox rows are made
 * pending again so the relay delivers them once more (idempotent). Throws
 * ReindexAlreadyRunning if another one holds the lock.
 */
export async function reindexEverything(
  onProgress: (progress: ReindexProgress) => void = () => {},
  url = process.env.DATABASE_URL,
): Promise<ReindexProgress> {
  if (!url) throw new Error("DATABASE_URL is not set.");
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    const { rows } = await lock.query("SELECT pg_try_advisory_lock($1, $2) AS ok", LOCK_KEY);
    if (!rows[0].ok) throw new ReindexAlreadyRunning();
    const started = (await lock.query<{ now: Date }>("SELECT now() AS now")).rows[0].now;
    const progress: ReindexProgress = {
      id: crypto.randomUUID(),
      phase: "postgres",
      indexed: 0,
      total: 0,
      startedAt: started.toISOString(),
      finishedAt: null,
      error: null,
    };
    const report = (change: Partial<ReindexProgress>) => {
      Object.assign(progress, change);
      globalForReindex.lastReindex = { ...progress };
      onProgress({ ...progress });
    };
    report({});
    try {
      await reindexAll(url, ({ indexed, total }) => report({ indexed, total }));
      if (meilisearchConfigured()) {
        report({ phase: "meilisearch", indexed: 0 });
        await reindexMeilisearch(({ indexed, total }) => report({ indexed, total }));
      }
      report({ phase: "replay" });
      await lock.query(
        `UPDATE search_outbox SET processed_at = NULL, available_at = now()
         WHERE processed_at IS NOT NULL AND created_at >= $1`,
        [started],
      );
      report({ phase: "done", finishedAt: new Date().toISOString() });
    } catch (error) {
      report({
        phase: "failed",
        error: error instanceof Error ? error.message : String(error),
        finishedAt: new Date().toISOString(),
      });
      throw error;
    } finally {
      // Done or not, documents were rewritten: no instance may keep serving what it cached before.
      await announceSearchChange(lock);
    }
    return { ...progress };
  } finally {
    await lock.end();
  }
}
