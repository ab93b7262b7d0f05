// `npm run db:migrate` applies pending migrations to DATABASE_URL or the embedded database.
// `npm run db:migrate -- --create NAME` (developers) writes a new migration: the SQL that
// takes the existing migrations (replayed in a temporary shadow database) to prisma/schema,
// instead of `prisma migrate dev`, which the offline wasm engine cannot run.
// (docs/decisions/002-prisma-6.md).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { prepareDatabase } from "@/lib/db/prepare-database";

const createIndex = process.argv.indexOf("--create");
const db = await prepareDatabase();
try {
  if (createIndex >= 0) {
    const name = process.argv[createIndex + 1]?.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
    if (!name) throw new Error("Usage: npm run db:migrate -- --create <name>");
    const diff = spawnSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema",
        "--script",
      ],
      { env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" },
    );
    if (diff.status !== 0) throw new Error(diff.stderr);
    const sql = diff.stdout.trim();
    if (!sql || sql === "-- This is an empty migration.") {
      console.log("The schema matches the database: no migration written.");
    } else {
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
      console.log(`Wrote ${dir}/migration.sql — review it, then run npm run db:migrate.`);
    }
  } else {
    console.log("Database is up to date.");
  }
} finally {
  await db.stop();
}
