import "server-only";
import pg from "pg";
import {
  DELETE_NOT_PUBLIC_IN_RANGE_SQL,
  REBUILD_VOCABULARY_SQL,
  UPSERT_DOCUMENTS_IN_RANGE_SQL,
  WRITE_FACETS_IN_RANGE_SQL,
} from "./postgres/build-documents";
import { LOCK_FACETS_SQL } from "./postgres/build-facets";

/** Services per batch (one transaction each). */
const BATCH_SIZE = 5000;
/** Batches built at the same time, on their own connections: text processing is CPU-bound. */
const WORKERS = 2;
const FIRST_ID = "00000000-0000-0000-0000-000000000000";
const LAST_ID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

// The tables a document is read from: their statistics decide the plan of every batch.
const SOURCE_TABLES = [
  "service",
  "organization",
  "service_taxonomy_term",
  "taxonomy_term",
  "service_at_location",
  "location",
  "accessibility",
  "address",
  "municipality",
  "service_area",
  "service_language",
  "phone",
  "schedule",
  "schedule_range",
  "schedule_closure",
];

export type ReindexProgress = { indexed: number; total: number };

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * The plan of every batch depends on the source tables' statistics: right after an import
 * there are none yet. ANALYZE only the tables never analyzed or much changed since (it
 * samples, but still takes seconds on 200,000 services).
 */
async function analyzeStaleSources(client: pg.Client) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_stat_user_tables
     WHERE schemaname = current_schema() AND relname = ANY($1)
       AND (coalesce(last_analyze, last_autoanalyze) IS NULL OR n_mod_since_analyze > n_live_tup / 5)`,
    [SOURCE_TABLES],
  );
  if (rows.length > 0) await client.query(`ANALYZE ${rows.map((row) => `"${row.name}"`).join(", ")}`);
}

/** Batch bounds: ranges (lower, upper] of service ids covering every possible id. */
async function batchRanges(
  client: pg.Client,
  size: number,
): Promise<{ ranges: [string, string, number][]; total: number }> {
  // Small directories still give every worker a batch or two.
  const total = Number((await client.query("SELECT count(*) AS n FROM service")).rows[0].n);
  size = Math.min(size, Math.max(500, Math.ceil(total / (2 * WORKERS))));
  const { rows } = await client.query<{ id: string; n: string }>(
    `SELECT id, n FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM service) x
     WHERE n % $1 = 0 OR n = total ORDER BY id`,
    [size],
  );
  const ranges: [string, string, number][] = [];
  let lower = FIRST_ID;
  let done = 0;
  for (const [i, row] of rows.entries()) {
    const upper = i === rows.length - 1 ? LAST_ID : row.id;
    ranges.push([lower, upper, Number(row.n) - done]);
    lower = row.id;
    done = Number(row.n);
  }
  if (ranges.length === 0) ranges.push([FIRST_ID, LAST_ID, 0]);
  return { ranges, total: done };
}

/**
 * Rebuilds every search document of the PostgreSQL engine, in batches of set-based SQL
 * (consecutive ranges of service ids, no per-row JavaScript) built by two connections at a
 * time; documents of services that no longer exist or are no longer public are dropped
 * batch by batch, and the typo-correction vocabulary is recounted. Usable from scripts without
 * Next: it opens its own connections to `url` (default DATABASE_URL). Searches keep working
 * meanwhile.
 */
export async function reindexAll(
  url = process.env.DATABASE_URL,
  onProgress?: (p: ReindexProgress) => void,
  { batchSize = BATCH_SIZE }: { batchSize?: number } = {},
) {
  if (!url) throw new Error("reindexAll needs a database URL (or DATABASE_URL).");
  const client = await connect(url);
  const workers: pg.Client[] = [];
  try {
    await analyzeStaleSources(client);
    const { ranges, total } = await batchRanges(client, batchSize);
    let indexed = 0;
    let next = 0;
    let failed = false;
    const work = async (worker: pg.Client) => {
      while (!failed && next < ranges.length) {
        const [lower, upper, count] = ranges[next++];
        try {
          await worker.query("BEGIN");
          // A batch is thousands of services: hash and merge joins only. Nested loops are right
          // for a handful of rows, and the planner picks them on a wrong estimate (stale
          // statistics), which made a batch hundreds of times slower.
          await worker.query("SET LOCAL enable_nestloop = off");
          await worker.query(DELETE_NOT_PUBLIC_IN_RANGE_SQL, [lower, upper]);
          await worker.query(UPSERT_DOCUMENTS_IN_RANGE_SQL, [lower, upper]);
          await worker.query(LOCK_FACETS_SQL);
          for (const sql of WRITE_FACETS_IN_RANGE_SQL) await worker.query(sql, [lower, upper]);
          await worker.query("COMMIT");
        } catch (error) {
          failed = true;
          await worker.query("ROLLBACK").catch(() => {});
          throw error;
        }
        indexed += count;
        onProgress?.({ indexed, total });
      }
    };
    for (let i = 0; i < Math.min(WORKERS, ranges.length); i++) workers.push(await connect(url));
    const results = await Promise.allSettled(workers.map(work));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;

    await client.query("BEGIN");
    for (const sql of REBUILD_VOCABULARY_SQL) await client.query(sql);
    await client.query("COMMIT");
    await client.query("ANALYZE search_document, search_facet, search_vocabulary");
    return { indexed };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await Promise.all([client, ...workers].map((c) => c.end().catch(() => {})));
  }
}
