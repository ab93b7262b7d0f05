import fs from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrate, migrationNames } from "@/lib/db/migrate";
import { BACKUP_MAGIC, type BackupHeader } from "./create-backup";
import { backedUpTables, quoteIdent } from "./tables";

export class RestoreRefused extends Error {}

/**
 * Restores a backup made by createBackup into `url`: applies this version's migrations,
 * then loads every table with COPY in one transaction (all or nothing), with triggers and
 * foreign-key checks off while loading (session_replication_role = replica: needs a
 * superuser, as the database owner of the documented setups is), then moves the id
 * sequences past the restored rows. Refuses a database that already holds a directory
 * unless `replace` is set, and a backup made by a newer version of the app.
 */
export async function restoreBackup(
  url: string,
  file: string,
  options: { replace?: boolean; log?: (line: string) => void } = {},
) {
  const log = options.log ?? (() => {});
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? null : (value as string);
  };
  if ((await next()) !== BACKUP_MAGIC) throw new RestoreRefused(`${file} is not a Répertoire 211 backup.`);
  const header = JSON.parse((await next()) ?? "{}") as BackupHeader;
  const known = new Set(migrationNames());
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length)
    throw new RestoreRefused(
      `The backup comes from a newer version (migrations ${unknown.join(", ")}): upgrade first.`,
    );

  await migrate(url, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const current = new Map((await backedUpTables(client)).map((table) => [table.name, new Set(table.columns)]));
    const { rows } = await client.query<{ n: number }>(
      "SELECT ((SELECT count(*) FROM organization) + (SELECT count(*) FROM app_user))::int AS n",
    );
    if (rows[0].n > 0 && !options.replace)
      throw new RestoreRefused("The target database is not empty; pass --replace to overwrite it.");

    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    if (options.replace) await client.query(`TRUNCATE ${[...current.keys()].map(quoteIdent).join(", ")} CASCADE`);
    const counts: Record<string, number> = {};
    for (let line = await next(); line !== null; line = await next()) {
      const table = /^-- TABLE (.+)$/.exec(line)?.[1];
      const spec = header.tables.find((t) => t.name === table);
      if (!table || !spec) throw new RestoreRefused(`Unexpected line in the backup: ${line.slice(0, 80)}`);
      const columns = current.get(table);
      const missing = spec.columns.filter((column) => !columns?.has(column));
      if (missing.length) throw new RestoreRefused(`${table} has no column ${missing.join(", ")} in this version.`);
      const copy = client.query(
        copyFrom(`COPY ${quoteIdent(table)} (${spec.columns.map(quoteIdent).join(", ")}) FROM STDIN`),
      );
      const finished = new Promise<void>((resolve, reject) => copy.on("finish", resolve).on("error", reject));
      for (let row = await next(); row !== "\\."; row = await next()) {
        if (row === null) throw new RestoreRefused(`The backup ends inside table ${table}: it is incomplete.`);
        if (!copy.write(`${row}\n`)) await new Promise((resolve) => copy.once("drain", resolve));
      }
      copy.end();
      await finished;
      counts[table] = copy.rowCount ?? 0;
      log(`  ${table}: ${counts[table].toLocaleString("en-US")} rows`);
    }
    // Serial ids continue after the restored rows.
    const serials = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const { table_name, column_name } of serials.rows) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quoteIdent(column_name)}) FROM ${quoteIdent(table_name)}), 0) + 1, false)`,
        [table_name, column_name],
      );
    }
    await client.query("COMMIT");
    return { header, counts };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
    lines.close();
  }
}
