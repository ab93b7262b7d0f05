import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { db, type Tx } from "@/lib/db/client";
import type { Outcome, RecordResult } from "./import-context";
import { saveIssues } from "./import-issues";

// The data_import row of an import is also its job: created when the import starts, it holds
// how far the import got (position: records of the file done), so that the back-office can
// show a progress bar and a chunked import can resume after its last committed chunk.

export type ImportStatus = "dry_run" | "running" | "applied" | "refused" | "failed" | "interrupted";
/** A chunked job in one of these states continues with --resume (or "Resume" in the back-office). */
export const RESUMABLE: ImportStatus[] = ["running", "failed", "interrupted"];

export const zeroCounts = (): Record<Outcome, number> => ({ created: 0, updated: 0, unchanged: 0, refused: 0 });

async function hashFiles(files: string[]) {
  const hash = createHash("sha256");
  for (const file of files) for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** sha256 of a file, or of a datapackage folder's files in name order: a job resumes only on the same bytes. */
export async function fileChecksum(file: string) {
  if (!(await stat(file)).isDirectory()) return hashFiles([file]);
  const names = (await readdir(file)).sort();
  return hashFiles(names.map((name) => path.join(file, name)));
}

/**
 * Saves a committed chunk's progress and report entries in the chunk's own transaction: the
 * job's position is never ahead of its data.
 */
export async function saveChunk(
  tx: Tx,
  importId: string,
  { position, counts, issues }: { position: number; counts: Record<Outcome, number>; issues: RecordResult[] },
) {
  await tx.$executeRaw`
    UPDATE data_import
    SET position = ${position}, chunks = chunks + 1, counts = ${JSON.stringify(counts)}::jsonb, updated_at = now()
    WHERE id = ${importId}::uuid`;
  await saveIssues(tx, importId, issues);
}

/** Progress of an all-or-nothing import, written outside its transaction so that it can be watched. */
export async function saveProgress(importId: string, position: number) {
  await db.dataImport.update({ where: { id: importId }, data: { position, updatedAt: new Date() } });
}

/**
 * The organizations a job created become duplicate candidates for other records once it stops
 * (applied, failed, interrupted): until then they were compared with the directory only
 * (find-duplicates.ts). A job resumed later compares its next records with them too.
 */
async function releaseOrganizations(importId: string, client: Tx | typeof db = db) {
  await client.$executeRaw`UPDATE organization SET pending_import_id = NULL WHERE pending_import_id = ${importId}::uuid`;
}

export async function finishJob(
  importId: string,
  data: { status: ImportStatus; counts?: Record<Outcome, number>; issues?: RecordResult[]; error?: string },
) {
  await releaseOrganizations(importId);
  await db.dataImport.update({
    where: { id: importId },
    data: {
      status: data.status,
      ...(data.counts ? { counts: data.counts } : {}),
      error: data.error ?? null,
      updatedAt: new Date(),
    },
  });
  if (data.issues) await saveIssues(db, importId, data.issues);
}

/**
 * Marks a job stopped by its process (a second Ctrl-C or SIGTERM) as interrupted, unless it
 * ended meanwhile. Gives up after a few seconds: the chunk being written may hold the job's row.
 */
export async function markInterrupted(importId: string) {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL lock_timeout = '3s'`;
    await tx.$executeRaw`
      UPDATE data_import SET status = 'interrupted', updated_at = now()
      WHERE id = ${importId}::uuid AND status = 'running'`;
    await releaseOrganizations(importId, tx);
  });
}

/** The last unfinished chunked job of the same file (same checksum), for `data:import -- FILE --resume`. */
export async function findResumableJob(checksum: string) {
  return db.dataImport.findFirst({
    where: { checksum, chunked: true, status: { in: RESUMABLE } },
    orderBy: { createdAt: "desc" },
  });
}
