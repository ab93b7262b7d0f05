// Applies pending migrations with the Prisma CLI. The CLI takes ~10 s even with nothing
// to do, so a start first compares the migrations folder with `_prisma_migrations`
// and skips the CLI when the database is already current.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

export function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (!table.rows[0].t) return migrationNames();
    const applied = await client.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row: { migration_name: string }) => row.migration_name));
    return migrationNames().filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

export async function migrate(url: string, log: (line: string) => void = console.log) {
  const pending = await pendingMigrations(url);
  if (pending.length === 0) return;
  log(`Applying ${pending.length} migration(s)…`);
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}
