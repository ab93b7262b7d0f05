// `npm run data:export -- --format hsds-json|hsds-csv|csv [--delimiter ";"] OUT`: the public
// directory in an open format (decision 014). OUT is a file, or a folder for hsds-csv (the HSDS
// datapackage). Streams: memory stays flat whatever the directory's size.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "@/lib/db/prepare-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: "string", default: "hsds-json" }, delimiter: { type: "string", default: "," } },
});
const format = values.format as "hsds-json" | "hsds-csv" | "csv";
const out = positionals[0];
if (!out || !["hsds-json", "hsds-csv", "csv"].includes(format) || ![",", ";"].includes(values.delimiter!)) {
  console.error('Usage: npm run data:export -- --format hsds-json|hsds-csv|csv [--delimiter ";"] OUT');
  process.exit(2);
}

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
const { exportDirectory } = await import("@/lib/open-data/export/export-directory");
const { progressBar } = await import("@/lib/open-data/progress-bar");
const { db } = await import("@/lib/db/client");

const started = performance.now();
const bar = progressBar("services");
try {
  const file = format === "hsds-csv" ? null : createWriteStream(path.resolve(out));
  const target = file
    ? { format: format as "hsds-json" | "csv", out: file }
    : { format: "hsds-csv" as const, folder: path.resolve(out) };
  const result = await exportDirectory({ kind: "system", label: "data:export" }, target, {
    delimiter: values.delimiter as "," | ";",
    onProgress: ({ services, total }) => bar.update(services, total),
  });
  if (file) {
    file.end();
    await once(file, "finish");
  }
  bar.end();
  console.log(
    `Exported ${result.services.toLocaleString("en-US")} services (${format}) to ${path.resolve(out)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  bar.end();
  console.error(`Export failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
