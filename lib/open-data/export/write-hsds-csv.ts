import "server-only";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify, type Stringifier } from "csv-stringify";
import { taxonomyId } from "../derived-id";
import { columnsOf, CHILD_TABLE, TABLES, type TableSchema } from "./table-schemas";
import { TRANSLATIONS_KEY } from "./translations";

type Json = Record<string, unknown>;

/** The datapackage.json of the HSDS tabular format (Frictionless Data), from the HSDS table schemas. */
function datapackage() {
  return {
    profile: "tabular-data-package",
    name: "repertoire-211",
    title: "Répertoire 211 — HSDS 3.0",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    resources: TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        primaryKey: "id",
        fields: columnsOf(table).map((name) => {
          const property = table.properties[name];
          return {
            name,
            type: property.datapackage_type ?? (property.type === "number" ? "number" : "string"),
            ...(property.format && property.format !== "date-time" ? { format: property.format } : {}),
            ...(table.required?.includes(name) ? { constraints: { required: true } } : {}),
          };
        }),
      },
    })),
  };
}

/**
 * Writes the HSDS CSV datapackage (one CSV per table + datapackage.json) into `folder`, from
 * fully nested organizations, laying each nested object into its table once (by id).
 * Texts are French: the CSV tables have one column per field (use hsds-json for both languages).
 */
export async function writeHsdsCsv(
  folder: string,
  terms: AsyncIterable<Json>,
  records: AsyncIterable<Json>,
  onRecord: (record: Json) => void,
) {
  await mkdir(folder, { recursive: true });
  const writers = new Map<string, { csv: Stringifier; done: Promise<unknown>; columns: string[]; seen: Set<string> }>();
  for (const table of TABLES) {
    const columns = columnsOf(table);
    const csv = stringify({ header: true, columns, cast: { boolean: (value) => String(value) } });
    const file = createWriteStream(path.join(folder, table.path));
    csv.pipe(file);
    writers.set(table.name, { csv, done: once(file, "finish"), columns, seen: new Set() });
  }
  const taxonomies = new Set<string>();
  const write = async (tableName: string, row: Json) => {
    const writer = writers.get(tableName)!;
    if (tableName === "taxonomy_term" && typeof row.taxonomy === "string") taxonomies.add(row.taxonomy);
    if (writer.seen.has(String(row.id))) return;
    writer.seen.add(String(row.id));
    if (!writer.csv.write(writer.columns.map((column) => row[column] ?? ""))) await once(writer.csv, "drain");
  };
  const visit = async (tableName: string, object: Json) => {
    await write(tableName, object);
    for (const [key, value] of Object.entries(object)) {
      const child = CHILD_TABLE[key];
      if (!child || key === TRANSLATIONS_KEY) continue;
      for (const item of Array.isArray(value) ? value : value && typeof value === "object" ? [value] : [])
        await visit(child, item as Json);
    }
  };
  for await (const term of terms) await visit("taxonomy_term", term);
  for await (const record of records) {
    await visit("organization", record);
    onRecord(record);
  }
  // Taxonomies are named by their terms (ids are name-based): the table lists those in use.
  for (const name of taxonomies) await write("taxonomy", { id: taxonomyId(name), name, description: name });
  for (const writer of writers.values()) writer.csv.end();
  await Promise.all([...writers.values()].map((writer) => writer.done));
  await writeFile(path.join(folder, "datapackage.json"), `${JSON.stringify(datapackage(), null, 2)}\n`);
}

export type { TableSchema };
