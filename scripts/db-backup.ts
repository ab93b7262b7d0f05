// `npm run db:backup -- [FILE]`: a consistent, compressed backup of DATABASE_URL (or the
// embedded database) — see docs/decisions/011-backups.md. Default file:
// backups/repertoire-211-<date>.r211.gz (git-ignored).
import fs from "node:fs";
import path from "node:path";
import { createBackup } from "@/lib/backup/create-backup";
import { prepareDatabase } from "@/lib/db/prepare-database";

const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const file = path.resolve(process.argv[2] ?? path.join("backups", `repertoire-211-${stamp}.r211.gz`));
fs.mkdirSync(path.dirname(file), { recursive: true });

const db = await prepareDatabase({ migrate: false });
try {
  const started = performance.now();
  console.log(`Backing up to ${file}…`);
  const { counts } = await createBackup(db.url, file, console.log);
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const size = fs.statSync(file).size / 1024 / 1024;
  console.log(
    `Done: ${rows.toLocaleString("en-US")} rows in ${Object.keys(counts).length} tables, ${size.toFixed(1)} MB, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
// Explicit: an open stream of a refused restore must not keep the process (or lose its exit code).
process.exit(process.exitCode ?? 0);
