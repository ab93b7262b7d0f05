import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { exportDirectory } from "@/lib/open-data/export/export-directory";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";
import { expectValid, hsdsValidator } from "@/tests/open-data/hsds-validator";

const SYSTEM = { kind: "system", label: "test" } as const;

async function exportToText(format: "hsds-json" | "csv", delimiter: "," | ";" = ",") {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await exportDirectory(SYSTEM, { format, out }, { delimiter });
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  await seedDemoDirectory(process.env.DATABASE_URL!, { services: 80, seed: 21, searchIndex: false });
}, 120_000);

describe("data export", () => {
  it("hsds-json: every organization validates, with English in x_translations", async () => {
    const all = JSON.parse(await exportToText("hsds-json"));
    for (const term of all.filter((r: { taxonomy?: string }) => "taxonomy" in r))
      expectValid(hsdsValidator("taxonomy_term.json"), term, term.id);
    const records = all.filter((r: { taxonomy?: string }) => !("taxonomy" in r));
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) expectValid(hsdsValidator("compiled/organization.json"), record, record.id);
    const services = records.flatMap((record: { services: unknown[] }) => record.services);
    expect(services.length).toBeGreaterThan(50);
    expect(services.some((s: { x_translations?: { en?: { name?: string } } }) => s.x_translations?.en?.name)).toBe(
      true,
    );
  });

  it("hsds-csv: a datapackage whose every row validates against its HSDS table schema", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "hsds-csv-"));
    await exportDirectory(SYSTEM, { format: "hsds-csv", folder });
    const datapackage = JSON.parse(await readFile(path.join(folder, "datapackage.json"), "utf8"));
    const files = await readdir(folder);
    let rows = 0;
    for (const resource of datapackage.resources) {
      expect(files).toContain(resource.path);
      const table = parse(await readFile(path.join(folder, resource.path)), { columns: true, skip_empty_lines: true });
      const numeric = resource.schema.fields.filter(
        (f: { type: string }) => f.type === "number" || f.type === "integer",
      );
      for (const row of table) {
        const record: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row as Record<string, string>)) if (value !== "") record[key] = value;
        for (const field of numeric) if (field.name in record) record[field.name] = Number(record[field.name]);
        expectValid(hsdsValidator(`${resource.name}.json`), record, `${resource.path}: ${JSON.stringify(row)}`);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(500);
  });

  it("csv: opens in Excel in French (UTF-8 BOM, ; separator), both languages side by side", async () => {
    const text = await exportToText("csv", ";");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true, delimiter: ";" });
    expect(rows.length).toBeGreaterThan(50);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["name_fr", "name_en", "phone", "postal_code"]));
    expect(rows.some((row) => /[éèà]/.test(row.name_fr))).toBe(true);
  });

  it("is refused to anyone but an admin", async () => {
    await expect(exportDirectory(null, { format: "csv", out: new PassThrough() })).rejects.toThrow();
  });
});
