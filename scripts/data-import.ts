// `npm run data:import -- FILE|FOLDER [--dry-run] [--format hsds-json|hsds-csv|csv|xlsx] [--mapping M.json]
//   [--source NAME] [--report FILE]`:
// imports an HSDS file (or the HSDS CSV datapackage's folder) into the directory, all or
// nothing (decision 014). Prints the report (created, updated, unchanged, refused, with reasons
// by record and field); --report also writes it to a file. Exit code 1 when records are refused.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "@/lib/db/prepare-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    format: { type: "string", default: "hsds-json" },
    source: { type: "string" },
    report: { type: "string" },
    lang: { type: "string", default: "fr" },
    mapping: { type: "string" },
  },
});
const file = positionals[0];
const format = values.format as "hsds-json" | "hsds-csv" | "csv" | "xlsx";
if (!file || !["hsds-json", "hsds-csv", "csv", "xlsx"].includes(format)) {
  console.error(
    "Usage: npm run data:import -- FILE|FOLDER [--dry-run] [--format hsds-json|hsds-csv|csv|xlsx] [--mapping MAPPING.json] [--source NAME] [--report FILE]",
  );
  if (file) console.error(`Unknown format ${values.format}: hsds-json, hsds-csv, csv or xlsx.`);
  process.exit(2);
}

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
const { importDirectory } = await import("@/lib/open-data/import/import-directory");
const { reportText } = await import("@/lib/open-data/import/report-text");
const { progressBar } = await import("@/lib/open-data/progress-bar");
const { db } = await import("@/lib/db/client");

const started = performance.now();
const bar = progressBar("%");
try {
  const report = await importDirectory({ kind: "system", label: "data:import" }, path.resolve(file), {
    format,
    dryRun: values["dry-run"]!,
    source: values.source,
    fileName: path.basename(file),
    // A spreadsheet's columns: { "name_fr": "Nom du service", "phone": "Téléphone", … }.
    mapping: values.mapping ? JSON.parse(await readFile(values.mapping, "utf8")) : undefined,
    // A JSON array reports the share of the file read; other shapes, the records read.
    onProgress: ({ records, fraction }) =>
      fraction === null ? bar.update(records, records) : bar.update(Math.round(fraction * 100), 100),
  });
  bar.end();
  const locale = values.lang === "en" ? "en" : "fr";
  const text = reportText(report, locale);
  process.stdout.write(text);
  if (values.report) await writeFile(values.report, text);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (report.status === "refused") process.exitCode = 1;
} catch (error) {
  bar.end();
  console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
