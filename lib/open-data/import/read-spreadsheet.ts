import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { derivedId } from "../derived-id";
import { PLAIN_COLUMNS } from "../export/write-plain-csv";
import type { Json } from "./read-hsds-json";

/**
 * A plain spreadsheet (CSV or XLSX), one service per row, turned into the HSDS records the
 * importer reads. Which column holds what is a mapping (field → column title); without one,
 * the columns of our own plain CSV export are expected, so that export re-imports as it is.
 */
export const SPREADSHEET_FIELDS = [
  ...PLAIN_COLUMNS.filter((column) => column !== "last_modified"),
  "organization_description_fr",
] as SpreadsheetField[];
export type SpreadsheetField = Exclude<(typeof PLAIN_COLUMNS)[number], "last_modified"> | "organization_description_fr";
export type ColumnMapping = Partial<Record<SpreadsheetField, string>>;

const DEFAULT_MAPPING = Object.fromEntries(SPREADSHEET_FIELDS.map((field) => [field, field])) as ColumnMapping;

async function* csvRows(file: string): AsyncGenerator<Record<string, string>> {
  const handle = await open(file);
  const head = Buffer.alloc(4096);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const firstLine = head.subarray(0, bytesRead).toString("utf8").split("\n", 1)[0];
  // Excel in French writes ";": the header line tells which separator the file uses.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  yield* createReadStream(file).pipe(
    parse({ bom: true, columns: true, delimiter, skip_empty_lines: true, relax_column_count: true }),
  );
}

async function* xlsxRows(file: string): AsyncGenerator<Record<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return;
  const titles: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (titles[column] = cell.text.trim()));
  for (let index = 2; index <= sheet.rowCount; index++) {
    const row: Record<string, string> = {};
    sheet.getRow(index).eachCell({ includeEmpty: false }, (cell, column) => {
      if (titles[column]) row[titles[column]] = cell.text.trim();
    });
    if (Object.keys(row).length) yield row;
  }
}

/** The column titles of a spreadsheet (for the mapping step). */
export async function spreadsheetColumns(file: string, format: "csv" | "xlsx"): Promise<string[]> {
  for await (const row of format === "xlsx" ? xlsxRows(file) : csvRows(file)) return Object.keys(row);
  return [];
}

const split = (text: string | undefined) =>
  (text ?? "")
    .split(/[,;]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);

function serviceOf(value: (field: SpreadsheetField) => string | undefined, rowNumber: number): Json {
  const id = value("service_id") ?? derivedId("spreadsheet-row", String(rowNumber), value("name_fr") ?? "");
  const address = value("address");
  const en = { name: value("name_en"), description: value("description_en") };
  const [number, extension] = (value("phone") ?? "").split(/,\s*(?=\d+$)/);
  return {
    id,
    name: value("name_fr"),
    description: value("description_fr"),
    status: value("status") ?? "active",
    email: value("email"),
    url: value("website"),
    x_translations: { en: Object.fromEntries(Object.entries(en).filter(([, text]) => text)) },
    phones: number
      ? [{ id: derivedId("spreadsheet-phone", id), number, extension: extension ? Number(extension) : undefined }]
      : [],
    languages: split(value("languages")).map((code) => ({ code })),
    attributes: split(value("categories")).map((code) => ({ taxonomy_term: { code } })),
    service_at_locations: address
      ? [
          {
            id: derivedId("spreadsheet-site", id),
            location: {
              id: derivedId("spreadsheet-location", id),
              location_type: "physical",
              name: address,
              addresses: [
                {
                  address_1: address,
                  city: value("city"),
                  postal_code: value("postal_code"),
                  address_type: "physical",
                },
              ],
            },
          },
        ]
      : [],
  };
}

/**
 * The organizations of a spreadsheet with their services, in the order they first appear. A row
 * names its organization by id or by name; an organization without a description (our export
 * has none) can only be one already in the directory.
 */
export async function* readSpreadsheet(
  file: string,
  format: "csv" | "xlsx",
  mapping: ColumnMapping = DEFAULT_MAPPING,
): AsyncGenerator<Json> {
  const organizations = new Map<string, { organization: Json; services: Json[] }>();
  let rowNumber = 1;
  for await (const row of format === "xlsx" ? xlsxRows(file) : csvRows(file)) {
    rowNumber++;
    const value = (field: SpreadsheetField) => {
      const column = mapping[field];
      const text = column ? row[column]?.trim() : undefined;
      return text ? text : undefined;
    };
    const name = value("organization_name_fr");
    const key = value("organization_id") ?? name ?? `row-${rowNumber}`;
    if (!organizations.has(key)) {
      const description = value("organization_description_fr");
      organizations.set(key, {
        organization: {
          id: value("organization_id") ?? derivedId("spreadsheet-organization", key),
          ...(description || !value("organization_id") ? { name, description } : {}),
          x_translations: { en: value("organization_name_en") ? { name: value("organization_name_en") } : {} },
        },
        services: [],
      });
    }
    organizations.get(key)!.services.push(serviceOf(value, rowNumber));
  }
  for (const { organization, services } of organizations.values()) yield { ...organization, services };
}
