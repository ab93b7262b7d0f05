import "server-only";
import pg from "pg";
import { DELETE_NOT_PUBLIC_SQL, REBUILD_VOCABULARY_SQL, UPSERT_DOCUMENTS_SQL } from "./postgres/build-documents";

const BATCH = 2000;

export type ReindexProgress = { indexed: number; total: number };

/**
 * Rebuilds every search document of the PostgreSQL engine, in batches of set-based SQL
 * (no per-row JavaScript), then drops documents of services that no longer exist and
 * recounts the typo-correction vocabulary. Usable from scripts without Next: it opens its
 * own connection to `url` (default DATABASE_URL). Searches keep working meanwhile.
 */
export async function reindexAll(url = process.env.DATABASE_URL, onProgress?: (p: ReindexProgress) => void) {
  if (!url) throw new Error("reindexAll needs a database URL (or DATABASE_URL).");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = (await client.query<{ now: Date }>("SELECT clock_timestamp() AS now")).rows[0].now;
    const total = Number((await client.query("SELECT count(*) AS n FROM service")).rows[0].n);
    let indexed = 0;
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const { rows } = await client.query<{ id: string }>("SELECT id FROM service WHERE id > $1 ORDER BY id LIMIT $2", [
        after,
        BATCH,
      ]);
      if (rows.length === 0) break;
      const ids = rows.map((row) => row.id);
      await client.query("BEGIN");
      await client.query(DELETE_NOT_PUBLIC_SQL, [ids]);
      await client.query(UPSERT_DOCUMENTS_SQL, [ids]);
      await client.query("COMMIT");
      indexed += ids.length;
      after = ids[ids.length - 1];
      onProgress?.({ indexed, total });
    }
    // Documents of services deleted outright (not just archived) were not in any batch.
    await client.query("DELETE FROM search_document WHERE indexed_at < $1", [started]);
    await client.query("BEGIN");
    for (const sql of REBUILD_VOCABULARY_SQL) await client.query(sql);
    await client.query("COMMIT");
    await client.query("ANALYZE search_document");
    await client.query("ANALYZE search_vocabulary");
    return { indexed };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
