// `npm run db:restore -- FILE [--replace]`: restores a backup of `npm run db:backup` into
// DATABASE_URL (or the embedded database), then rebuilds the search index from it.
// Refuses a database that already holds a directory unless --replace is given.
import { RestoreRefused, restoreBackup } from "@/lib/backup/restore-backup";
import { prepareDatabase } from "@/lib/db/prepare-database";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run db:restore -- FILE [--replace]");
  process.exit(2);
}

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
try {
  const started = performance.now();
  console.log(`Restoring ${file}…`);
  const { header, counts } = await restoreBackup(database.url, file, {
    replace: process.argv.includes("--replace"),
    log: console.log,
  });
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Restored ${rows.toLocaleString("en-US")} rows from the backup of ${header.createdAt}.`);
  console.log("Rebuilding the search index…");
  const { reindexEverything } = await import("@/lib/search/full-reindex");
  await reindexEverything(() => {});
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(
    error instanceof RestoreRefused
      ? error.message
      : `Restore failed: ${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 1;
} finally {
  await database.stop();
}
// Explicit: an open stream of a refused restore must not keep the process (or lose its exit code).
process.exit(process.exitCode ?? 0);
