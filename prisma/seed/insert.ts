// Bulk inserts with plain `pg`. Each table's rows travel as one array parameter per column,
// turned back into rows by unnest(), and all tables of a batch go in ONE statement (one
// data-modifying CTE per table): a single round trip per batch, so PostgreSQL inserts one
// batch while the generator builds the next. Foreign keys are still checked, at the end
// of the statement, when every CTE has run.
import type pg from "pg";
import { INSERT_ORDER, T, type Row, type Rows, type TableSpec } from "./tables";

function arrayCast(type: string) {
  const base = type.replace(/\?$/, "");
  return /^[A-Z]/.test(base) ? `"${base}"[]` : `${base}[]`;
}

function insertStatement(spec: TableSpec, rows: readonly Record<string, unknown>[], params: unknown[]) {
  const columns = Object.keys(spec.columns);
  const casts = columns.map((c) => {
    params.push(rows.map((row) => row[c] ?? null));
    return `$${params.length}::${arrayCast(spec.columns[c] as string)}`;
  });
  return `INSERT INTO "${spec.name}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`;
}

/** Inserts every table of `rows` (foreign keys first) in a single statement. */
export function insertAll(client: pg.ClientBase, rows: Partial<Rows>) {
  const params: unknown[] = [];
  const statements: string[] = [];
  for (const key of INSERT_ORDER) {
    const list = rows[key] as Record<string, unknown>[] | undefined;
    if (list && list.length > 0) statements.push(insertStatement(T[key], list, params));
  }
  if (statements.length === 0) return Promise.resolve();
  const sql = `WITH ${statements.map((s, i) => `t${i} AS (${s})`).join(",\n")} SELECT 1`;
  return client.query(sql, params);
}

/** Synonym groups hold a text[] each, which unnest() would flatten: sent joined, split back. */
export async function insertSynonymGroups(
  client: pg.ClientBase,
  groups: readonly { id: string; terms: string[] }[],
  updatedAt: string | null,
) {
  await client.query(
    `INSERT INTO search_synonym_group (id, terms, updated_at)
     SELECT id, string_to_array(terms, '|'), $3::timestamptz FROM unnest($1::uuid[], $2::text[]) AS g(id, terms)`,
    [groups.map((g) => g.id), groups.map((g) => g.terms.join("|")), updatedAt ?? new Date(0).toISOString()],
  );
}

/**
 * Demo accounts survive a directory reset (with their audit history), so they are only
 * created when missing. Returns the ids of those who edit records, as stored.
 */
export async function upsertStaff(client: pg.ClientBase, users: readonly Row<"user">[]) {
  const spec = T.user;
  const columns = Object.keys(spec.columns);
  const casts = columns.map((c, i) => `$${i + 1}::${arrayCast(spec.columns[c as keyof typeof spec.columns])}`);
  await client.query(
    `INSERT INTO app_user (${columns.join(", ")}) SELECT * FROM unnest(${casts.join(", ")}) ON CONFLICT (email) DO NOTHING`,
    columns.map((c) => users.map((u) => u[c as keyof Row<"user">])),
  );
  const { rows } = await client.query<{ id: string }>(
    "SELECT id FROM app_user WHERE email = ANY($1::text[]) AND role IN ('admin', 'editor') ORDER BY email",
    [users.map((u) => u.email)],
  );
  return rows.map((r) => r.id);
}
