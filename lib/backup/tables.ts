import type pg from "pg";

// What a backup holds: every table of the application, except what is rebuilt or worthless
// after a restore — the search tables (rebuilt by a reindex), the outbox (nothing to deliver
// to a new index), sign-in attempts (a 15-minute window) and staff sessions (a restored
// database must not honour cookies issued before the disaster). Migrations are recorded
// by name and replayed by the migrator, not copied.
export const NOT_BACKED_UP = new Set([
  "_prisma_migrations",
  "search_document",
  "search_facet",
  "search_facet_count",
  "search_vocabulary",
  "search_outbox",
  "sign_in_attempt",
  "staff_session",
]);

export type TableInfo = { name: string; columns: string[] };

/** Tables of the public schema with their stored (non-generated) columns, in name order. */
export async function backedUpTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ table_name: string; columns: string[] }>(
    `SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
      GROUP BY c.table_name ORDER BY c.table_name`,
  );
  return rows
    .filter((row) => !NOT_BACKED_UP.has(row.table_name))
    .map((row) => ({ name: row.table_name, columns: row.columns }));
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
