import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "./client";
import { Prisma } from "./generated/client";

// Many new rows of one table in one statement whose rows travel as ONE jsonb parameter, turned
// back into the table's row type by jsonb_populate_recordset. Prisma's createMany does the same
// with one parameter per value: for an import chunk of 500 records (tens of thousands of values)
// its client spent more time rendering the statement, and collecting the garbage of it, than
// PostgreSQL spent inserting (bench:import's CPU profile at 20,000 services).

type Model = { dbName: string | null; fields: { name: string; kind: string; type: string; dbName?: string | null }[] };
/** Prisma's own map of the schema (models → tables, fields → columns: every @map), as the client holds it. */
const dataModel = () => (db as unknown as { _runtimeDataModel: { models: Record<string, Model> } })._runtimeDataModel;

/** A model's table, its field → column map, and what Prisma's client (not the table) fills in. */
function tableOf(model: Prisma.ModelName) {
  const { dbName, fields } = dataModel().models[model];
  const scalars = fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
  const columns = new Map(scalars.map((field) => [field.name, field.dbName ?? field.name]));
  // @default(uuid()) and @updatedAt are Prisma's, not the table's defaults (autoincrement is the table's).
  const uuidId = scalars.some((field) => field.name === "id" && field.type === "String");
  return { table: dbName ?? model, columns, uuidId, hasUpdatedAt: columns.has("updatedAt") };
}

/**
 * Inserts rows built as Prisma create inputs (field names) into `table`. Rows naming the same
 * fields go together; a column a row does not name takes the table's default, as with createMany.
 * A field that is not a column fails loudly (no such column).
 */
export async function insertRows(
  tx: Tx,
  model: Prisma.ModelName,
  rows: readonly object[],
  { skipDuplicates = false }: { skipDuplicates?: boolean } = {},
) {
  if (rows.length === 0) return;
  const { table, columns: columnOf, uuidId, hasUpdatedAt } = tableOf(model);
  const now = new Date();
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const input of rows) {
    const row: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(input))
      if (value !== undefined) row[columnOf.get(field) ?? field] = value;
    if (uuidId) row.id ??= randomUUID();
    if (hasUpdatedAt) row[columnOf.get("updatedAt")!] ??= now;
    const columns = Object.keys(row).sort().join(",");
    const group = groups.get(columns) ?? [];
    if (group.length === 0) groups.set(columns, group);
    group.push(row);
  }
  for (const [columns, group] of groups) {
    const list = Prisma.raw(
      columns
        .split(",")
        .map((name) => `"${name}"`)
        .join(", "),
    );
    const target = Prisma.raw(`"${table}"`);
    await tx.$executeRaw`
      INSERT INTO ${target} (${list})
      SELECT ${list} FROM jsonb_populate_recordset(NULL::${target}, ${JSON.stringify(group)}::jsonb)
      ${skipDuplicates ? Prisma.sql`ON CONFLICT DO NOTHING` : Prisma.empty}`;
  }
}
