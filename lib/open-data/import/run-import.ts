import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db/client";
import { afterCommit } from "@/lib/directory/after-commit";
import { isRemarkable, noPending, type ImportContext, type Outcome, type RecordResult } from "./import-context";
import type { ImportOptions, ImportReport } from "./import-directory";
import { importItem } from "./import-item";
import { finishJob, saveChunk, saveProgress, zeroCounts } from "./import-job";
import { loadReference, type ImportReference } from "./import-reference";
import { flushPending, prefetchChunk } from "./prefetch-chunk";
import { readHsdsCsv } from "./read-hsds-csv";
import { readAhead } from "./read-ahead";
import { readHsdsJson, type Json } from "./read-hsds-json";
import { readSpreadsheet } from "./read-spreadsheet";

export type RunInput = {
  actor: Actor;
  importId: string;
  file: string;
  source: string;
  totalBytes: number;
  options: ImportOptions;
  /** Records of the file already committed (a resumed job): skipped. */
  start: number;
  counts: Record<Outcome, number>;
};
type RunOutcome = Pick<ImportReport, "status" | "counts" | "records">;

const DEFAULT_CHUNK = 500;
/** The report returned to the caller keeps this many remarkable records; the job row keeps them all. */
const REPORT_RECORDS = 1000;
class RollBack extends Error {}

type Chunk = { firstRow: number; lastRow: number; items: Json[]; fraction: number | null };

/** The file's records, `size` at a time, after the first `skip` (read and dropped: the readers stream). */
async function* chunksOf(input: RunInput): AsyncGenerator<Chunk> {
  const { file, options, totalBytes } = input;
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  let bytes = 0;
  const records =
    options.format === "hsds-csv"
      ? readHsdsCsv(file)
      : options.format === "csv" || options.format === "xlsx"
        ? readSpreadsheet(file, options.format, options.mapping)
        : readHsdsJson(file, (read) => (bytes = read));
  const fraction = () => (bytes && totalBytes ? Math.min(1, bytes / totalBytes) : null);
  let row = 0;
  let items: Json[] = [];
  for await (const item of records) {
    row++;
    if (row <= input.start) continue;
    items.push(item);
    if (items.length === size) {
      yield { firstRow: row - items.length + 1, lastRow: row, items, fraction: fraction() };
      items = [];
    }
  }
  if (items.length) yield { firstRow: row - items.length + 1, lastRow: row, items, fraction: 1 };
}

function contextFor(input: RunInput, tx: Tx, reference: ImportReference, counts: ImportContext["counts"]) {
  const { actor, importId, source } = input;
  // Audit events name the import; a user's imports keep the user as actor (the id is in `after`).
  const auditActor: Actor = actor.kind === "system" ? { kind: "system", label: `import ${importId}` } : actor;
  const ctx: ImportContext = {
    tx,
    actor: auditActor,
    importId,
    source,
    locations: new Map(),
    known: new Map(),
    reference,
    results: [],
    counts,
    serviceIds: new Set(),
    pending: noPending(),
  };
  return ctx;
}

/** One chunk through the import's write functions: lookups for the chunk, each record, then the set-based writes. */
async function writeChunk(ctx: ImportContext, chunk: Chunk) {
  ctx.locations.clear();
  ctx.known.clear();
  await prefetchChunk(ctx, chunk.items);
  for (const [index, item] of chunk.items.entries()) await importItem(ctx, chunk.firstRow + index, item);
  await flushPending(ctx);
}

/** The whole file in one transaction: a dry run, or a file small enough to apply all or nothing. */
export async function applyAllOrNothing(input: RunInput): Promise<RunOutcome> {
  const { options, importId } = input;
  const counts = zeroCounts();
  const results: RecordResult[] = [];
  let status: RunOutcome["status"] = options.dryRun ? "dry_run" : "applied";
  let position = 0;
  try {
    await db.$transaction(
      async (tx) => {
        const ctx = contextFor(input, tx, await loadReference(tx), counts);
        ctx.results = results;
        for await (const chunk of readAhead(chunksOf(input))) {
          await writeChunk(ctx, chunk);
          position = chunk.lastRow;
          await saveProgress(importId, position);
          options.onProgress?.({ records: position, fraction: chunk.fraction, chunks: 0 });
        }
        if (counts.refused > 0 && !options.dryRun) status = "refused";
        if (options.dryRun || counts.refused > 0) throw new RollBack();
      },
      { timeout: 24 * 60 * 60 * 1000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (status === "applied") await afterCommit();
  // A dry run's record count is the progress bar's end when the file is then applied.
  await db.dataImport.update({ where: { id: importId }, data: { total: position } });
  await finishJob(importId, { status, counts, issues: results.filter(isRemarkable) });
  return { status, counts, records: results };
}

/**
 * Each chunk in its own transaction, with the job's new position and counts and the chunk's
 * issues: a crash loses at most the chunk being written, and the job resumes after the last one
 * committed. A refused record is reported; the other records are written.
 */
export async function applyInChunks(input: RunInput): Promise<RunOutcome> {
  const { options, importId } = input;
  const counts = { ...input.counts };
  const records: RecordResult[] = [];
  let reference: ImportReference | null = null;
  let chunks = 0;
  for await (const chunk of readAhead(chunksOf(input))) {
    if (options.signal?.aborted) {
      await finishJob(importId, { status: "interrupted" });
      return { status: "interrupted", counts, records };
    }
    const chunkCounts = { ...counts };
    let issues: RecordResult[] = [];
    await db.$transaction(
      async (tx) => {
        reference ??= await loadReference(tx);
        const ctx = contextFor(input, tx, reference, chunkCounts);
        await writeChunk(ctx, chunk);
        issues = ctx.results.filter(isRemarkable);
        await saveChunk(tx, importId, { position: chunk.lastRow, counts: chunkCounts, issues });
      },
      { timeout: 10 * 60 * 1000, maxWait: 10_000 },
    );
    // Counted once committed: a chunk that fails leaves the job's counts as they were.
    Object.assign(counts, chunkCounts);
    records.push(...issues.slice(0, REPORT_RECORDS - records.length));
    chunks++;
    options.onProgress?.({ records: chunk.lastRow, fraction: chunk.fraction, chunks });
  }
  await afterCommit();
  await finishJob(importId, { status: "applied" });
  return { status: "applied", counts, records };
}
