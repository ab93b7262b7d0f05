import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { backedUpTables, quoteIdent } from "./tables";

export const BACKUP_MAGIC = "REPERTOIRE-211-BACKUP 1";

export type BackupHeader = {
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; columns: string[] }[];
};

/**
 * A consistent, streamed backup (docs/decisions/011-backups.md): one REPEATABLE READ
 * snapshot, each table sent by PostgreSQL's own COPY in text format, gzip-compressed.
 * File layout: the magic line, one JSON header line, then per table a "-- TABLE name" line
 * followed by its COPY data and the "\." terminator (COPY escapes newlines inside values).
 */
export async function createBackup(url: string, file: string, log: (line: string) => void = () => {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out = new PassThrough();
  const written = pipeline(out, createGzip(), fs.createWriteStream(file, { mode: 0o600 }));
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await backedUpTables(client);
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query("SHOW server_version")).rows[0].server_version,
      migrations: (
        await client.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
        )
      ).rows.map((row) => row.migration_name),
      tables,
    };
    out.write(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`);
    for (const table of tables) {
      out.write(`-- TABLE ${table.name}\n`);
      const columns = table.columns.map(quoteIdent).join(", ");
      const copy = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${columns}) TO STDOUT`));
      for await (const chunk of copy) if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
      out.write("\\.\n");
      counts[table.name] = copy.rowCount ?? 0;
      log(`  ${table.name}: ${counts[table.name].toLocaleString("en-US")} rows`);
    }
    await client.query("COMMIT");
    out.end();
    await written;
    return { header, counts };
  } catch (error) {
    out.destroy(error as Error);
    await written.catch(() => {});
    fs.rmSync(file, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
