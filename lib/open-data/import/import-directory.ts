import "server-only";
import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Invalid, NotFound } from "@/lib/errors";
import type { Outcome, RecordResult } from "./import-context";
import { fileChecksum, finishJob, zeroCounts, RESUMABLE, type ImportStatus } from "./import-job";
import { applyAllOrNothing, applyInChunks, type RunInput } from "./run-import";
import type { ColumnMapping } from "./read-spreadsheet";

export const IMPORT_FORMATS = ["hsds-json", "hsds-csv", "csv", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportReport = {
  importId: string;
  format: ImportFormat;
  fileName: string;
  source: string;
  dryRun: boolean;
  /**
   * dry_run: nothing written by design; refused: nothing written because records were refused
   * (all or nothing); applied; interrupted (a chunked job stopped between chunks: resumable).
   */
  status: Extract<ImportStatus, "dry_run" | "applied" | "refused" | "interrupted">;
  counts: Record<Outcome, number>;
  records: RecordResult[];
  chunked: boolean;
};

export type ImportProgress = { records: number; fraction: number | null; chunks: number };

export type ImportOptions = {
  format: ImportFormat;
  dryRun: boolean;
  source?: string;
  fileName?: string;
  /** csv and xlsx: which column holds what (default: the columns of our plain CSV export). */
  mapping?: ColumnMapping;
  /** Where the back-office keeps the uploaded file, to apply it after its dry run. */
  storedFile?: string;
  /** Apply in chunks, each committed on its own (default: when the file is larger than IMPORT_CHUNKED_ABOVE_MB). */
  chunked?: boolean;
  /** Records per chunk (default 500). */
  chunkSize?: number;
  /** Records in the file, when known (from its dry run): the progress bar's end. */
  total?: number;
  /** Stops a chunked import after the chunk being written (Ctrl-C): it can then be resumed. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
};

/** Files above this size (MB) are applied in chunks unless told otherwise (decision 014). */
export const chunkedAboveBytes = () => Number(process.env.IMPORT_CHUNKED_ABOVE_MB ?? 20) * 1024 * 1024;

async function sizeOf(file: string) {
  const info = await stat(file);
  return info.isDirectory() ? 0 : info.size;
}

/**
 * Starts an import and returns its id at once (the back-office shows its progress); `done`
 * settles with its report. Every record is validated by the back-office's rules and written with
 * an audit event naming the import and search-outbox rows; re-importing the same file changes
 * nothing (records are found by their external id).
 * - All or nothing (small files, dry runs): one transaction; a dry run rolls it back, so its
 *   report is exactly what applying would do; applying with refused records writes nothing.
 * - Chunked (large files, or `chunked`): each chunk of records is committed on its own with the
 *   job's position; a refused record is reported and the other records are written; after a
 *   crash or Ctrl-C, resumeImport continues after the last committed chunk.
 */
export async function startImport(actor: Actor | null, file: string, options: ImportOptions) {
  assertCan(actor, "data:import");
  const importId = randomUUID();
  const source = options.source?.trim() || "hsds";
  const totalBytes = await sizeOf(file);
  const chunked = !options.dryRun && (options.chunked ?? totalBytes > chunkedAboveBytes());
  const checksum = chunked ? await fileChecksum(file) : null;
  await db.dataImport.create({
    data: {
      id: importId,
      actorLabel: actor.kind === "user" ? actor.email : actor.label,
      format: options.format,
      fileName: options.fileName ?? file,
      source,
      status: "running",
      counts: zeroCounts(),
      mapping: options.mapping,
      storedFile: options.storedFile,
      checksum,
      chunked,
      total: options.total,
    },
  });
  const input: RunInput = { actor, importId, file, source, totalBytes, options, start: 0, counts: zeroCounts() };
  return { importId, done: run(input, chunked) };
}

async function run(input: RunInput, chunked: boolean): Promise<ImportReport> {
  try {
    const outcome = chunked ? await applyInChunks(input) : await applyAllOrNothing(input);
    const { options } = input;
    return {
      importId: input.importId,
      format: options.format,
      fileName: options.fileName ?? input.file,
      source: input.source,
      dryRun: options.dryRun,
      chunked,
      ...outcome,
    };
  } catch (error) {
    // The job keeps how far it got; a chunked one resumes from there.
    await finishJob(input.importId, {
      status: "failed",
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}

export async function importDirectory(actor: Actor | null, file: string, options: ImportOptions) {
  return (await startImport(actor, file, options)).done;
}

/**
 * Continues a chunked import after its last committed chunk, with the same import id (its
 * audit events and counts go on). The file must be the one it started with (same checksum).
 */
export async function resumeImport(
  actor: Actor | null,
  importId: string,
  file: string | null,
  extra: Pick<ImportOptions, "signal" | "onProgress" | "chunkSize"> = {},
) {
  assertCan(actor, "data:import");
  const job = await db.dataImport.findUnique({ where: { id: importId } });
  if (!job?.chunked) throw new NotFound("import");
  if (!RESUMABLE.includes(job.status as ImportStatus)) throw new Invalid({ import: ["notResumable"] });
  const path = file ?? job.storedFile;
  if (!path || (await fileChecksum(path)) !== job.checksum) throw new Invalid({ file: ["notTheJobsFile"] });
  await db.dataImport.update({ where: { id: importId }, data: { status: "running", error: null } });
  const options: ImportOptions = {
    format: job.format as ImportFormat,
    dryRun: false,
    source: job.source,
    fileName: job.fileName,
    mapping: (job.mapping ?? undefined) as ColumnMapping | undefined,
    total: job.total ?? undefined,
    ...extra,
  };
  const input: RunInput = {
    actor,
    importId,
    file: path,
    source: job.source,
    totalBytes: await sizeOf(path),
    options,
    start: job.position,
    counts: job.counts as Record<Outcome, number>,
  };
  return { importId, done: run(input, true) };
}
