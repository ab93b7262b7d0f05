// The benchmark's own embedded PostgreSQL (never the dev database): one migrated template,
// and one database per data size cloned from it.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, urlFor, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";

export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54348);
export const BENCH_PG_DIR = path.resolve(".data", "postgres-bench");
const TEMPLATE = "bench_template";

export type BenchCluster = { adminUrl: string; port: number; stop(): Promise<void> };

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function startBenchCluster(log: (line: string) => void): Promise<BenchCluster> {
  const cluster: EmbeddedDatabase = await startEmbeddedPostgres({
    dir: BENCH_PG_DIR,
    port: BENCH_PG_PORT,
    database: TEMPLATE,
    log,
  });
  if (!cluster.started) log(`Reusing the bench PostgreSQL already running on port ${BENCH_PG_PORT}.`);
  await migrate(cluster.url, log);
  return { adminUrl: cluster.adminUrl, port: BENCH_PG_PORT, stop: cluster.stop };
}

/** A fresh, migrated, empty database for one data size (replaces an earlier run's). */
export async function freshDatabase(cluster: BenchCluster, name: string): Promise<string> {
  await withClient(cluster.adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
  });
  return urlFor(cluster.port, name);
}

/** The database of an earlier run, when it holds `services` services (for --reuse-data). */
export async function existingDatabase(cluster: BenchCluster, name: string, services: number) {
  const exists = await withClient(cluster.adminUrl, async (client) => {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  });
  if (!exists) return null;
  const url = urlFor(cluster.port, name);
  const count = await withClient(url, async (client) => {
    return Number((await client.query("SELECT count(*)::int AS n FROM service")).rows[0].n);
  }).catch(() => -1);
  return count === services ? url : null;
}

/** Statistics after bulk loads, so that plans are those of a settled database. */
export async function analyze(url: string) {
  await withClient(url, (client) => client.query("VACUUM ANALYZE"));
}
