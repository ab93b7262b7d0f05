// Test databases: a dedicated embedded cluster (never the dev data), one migrated
// template database per run, and cheap clones of it (CREATE DATABASE … TEMPLATE).
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, urlFor } from "./embedded-postgres";
import { migrate } from "./migrate";

export const TEST_CLUSTER_PORT = Number(process.env.TEST_PG_PORT ?? 54339);
// One folder per port, so that parallel runs on other ports never share (or stop) a cluster.
export const TEST_CLUSTER_DIR = path.resolve(".data", `postgres-test-${TEST_CLUSTER_PORT}`);

function randomName(prefix: string) {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Starts the test cluster (or reuses it) and builds a freshly migrated template database. */
export async function createTemplateDatabase() {
  const template = randomName("test_template");
  const cluster = await startEmbeddedPostgres({ dir: TEST_CLUSTER_DIR, port: TEST_CLUSTER_PORT, database: template });
  await migrate(cluster.url, () => {});
  return { template, adminUrl: cluster.adminUrl, stop: cluster.stop };
}

export async function cloneDatabase(adminUrl: string, template: string, prefix = "test") {
  const name = randomName(prefix);
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const port = Number(new URL(adminUrl).port);
  return { name, url: urlFor(port, name) };
}

export async function dropDatabase(adminUrl: string, name: string) {
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
