import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { Invalid, NotFound } from "@/lib/errors";
import type { SearchLocale } from "@/lib/search/types";
import { importDirectory, resumeImport, startImport } from "./import-directory";
import { zeroCounts } from "./import-job";
import { SPREADSHEET_FIELDS, spreadsheetColumns, type ColumnMapping } from "./read-spreadsheet";
import { storedReportText } from "./import-issues";

// The admins' imports from the back-office: the uploaded file is kept (IMPORT_UPLOAD_DIR,
// default .data/imports) so that its dry run can then be applied as it is.

export const UPLOAD_FORMATS = ["hsds-json", "csv", "xlsx"] as const;
type UploadFormat = (typeof UPLOAD_FORMATS)[number];
const uploadDir = () => process.env.IMPORT_UPLOAD_DIR ?? path.join(process.cwd(), ".data", "imports");

export function mappingFromForm(form: FormData): ColumnMapping {
  return Object.fromEntries(
    SPREADSHEET_FIELDS.flatMap((field) => {
      const column = String(form.get(`map.${field}`) ?? "").trim();
      return column ? [[field, column]] : [];
    }),
  );
}

/** Uploads a file and runs its dry run; returns the import's id (its report page). */
export async function uploadImport(
  actor: Actor | null,
  input: { file: unknown; format: unknown; mapping: ColumnMapping },
) {
  assertCan(actor, "data:import");
  const format = UPLOAD_FORMATS.find((candidate) => candidate === input.format);
  const file = input.file instanceof File && input.file.size > 0 ? input.file : null;
  const errors: Record<string, string[]> = {};
  if (!format) errors.format = ["invalid"];
  if (!file) errors.file = ["required"];
  if (!format || !file) throw new Invalid(errors);
  // Run-time folder (configuration): not a file the build should trace.
  const folder = path.join(/* turbopackIgnore: true */ uploadDir(), randomUUID());
  await mkdir(folder, { recursive: true });
  const stored = path.join(
    /* turbopackIgnore: true */ folder,
    path.basename(file.name).replace(/[^\w.-]+/g, "_") || "upload",
  );
  await writeFile(stored, Buffer.from(await file.arrayBuffer()));
  const spreadsheet = format === "csv" || format === "xlsx";
  if (spreadsheet && Object.keys(input.mapping).length === 0) {
    // The mapping step first: the back-office offers the file's own columns (mappingStep).
    const id = randomUUID();
    await db.dataImport.create({
      data: {
        id,
        actorLabel: actor.kind === "user" ? actor.email : actor.label,
        format,
        fileName: file.name,
        source: "hsds",
        status: "mapping",
        counts: zeroCounts(),
        storedFile: stored,
      },
    });
    return id;
  }
  const report = await importDirectory(actor, stored, {
    format,
    dryRun: true,
    fileName: file.name,
    mapping: spreadsheet && Object.keys(input.mapping).length ? input.mapping : undefined,
    storedFile: stored,
  });
  return report.importId;
}

/** A spreadsheet waiting for its mapping: its header row, and for each field the column offered. */
export async function mappingStep(actor: Actor | null, id: string) {
  assertCan(actor, "data:import");
  const run = await db.dataImport.findUnique({ where: { id } });
  if (!run?.storedFile || run.status !== "mapping") throw new NotFound("import");
  const columns = await spreadsheetColumns(run.storedFile, run.format as "csv" | "xlsx");
  const saved = await lastMapping(actor);
  // The mapping used last where this file has that column, else the column named like the field.
  const preselected: ColumnMapping = Object.fromEntries(
    SPREADSHEET_FIELDS.flatMap((field) => {
      const column = [saved[field], field].find((candidate) => candidate && columns.includes(candidate));
      return column ? [[field, column]] : [];
    }),
  );
  return { columns, preselected };
}

/** Runs the dry run of a spreadsheet with the mapping chosen; returns the dry run's id. */
export async function dryRunWithMapping(actor: Actor | null, id: string, mapping: ColumnMapping) {
  assertCan(actor, "data:import");
  const run = await db.dataImport.findUnique({ where: { id } });
  if (!run?.storedFile || run.status !== "mapping") throw new NotFound("import");
  const report = await importDirectory(actor, run.storedFile, {
    format: run.format as "csv" | "xlsx",
    dryRun: true,
    fileName: run.fileName,
    mapping,
    storedFile: run.storedFile,
  });
  // The mapping step is done: the dry run is the import from now on.
  await db.dataImport.delete({ where: { id } });
  return report.importId;
}

/**
 * Applies the file of a dry run, as it was checked, in the background: returns the new import's
 * id at once (its page shows the progress). The job records its own end or failure.
 */
export async function applyImport(actor: Actor | null, dryRunId: string) {
  assertCan(actor, "data:import");
  const run = await db.dataImport.findUnique({ where: { id: dryRunId } });
  if (!run?.storedFile || run.status !== "dry_run") throw new NotFound("import");
  const { importId, done } = await startImport(actor, run.storedFile, {
    format: run.format as UploadFormat,
    dryRun: false,
    fileName: run.fileName,
    source: run.source,
    mapping: (run.mapping ?? undefined) as ColumnMapping | undefined,
    storedFile: run.storedFile,
    total: run.total ?? undefined,
  });
  done.catch((error) => console.error(`Import ${importId} failed:`, error));
  return importId;
}

/** Continues a chunked import that stopped (a crash, a restart of the server), in the background. */
export async function resumeStoredImport(actor: Actor | null, id: string) {
  const { importId, done } = await resumeImport(actor, id, null);
  done.catch((error) => console.error(`Import ${importId} failed:`, error));
  return importId;
}

/** How far an import is: what the back-office's progress bar shows. */
export async function importProgress(actor: Actor | null, id: string) {
  assertCan(actor, "data:import");
  const run = await db.dataImport.findUnique({
    where: { id },
    select: {
      status: true,
      position: true,
      total: true,
      chunks: true,
      chunked: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!run) throw new NotFound("import");
  const end = run.status === "running" ? new Date() : run.updatedAt;
  return {
    status: run.status,
    records: run.position,
    total: run.total,
    chunks: run.chunked ? run.chunks : null,
    elapsedSeconds: Math.round((end.getTime() - run.createdAt.getTime()) / 1000),
  };
}
export type ImportProgressView = Awaited<ReturnType<typeof importProgress>>;

export async function getImport(actor: Actor | null, id: string) {
  assertCan(actor, "data:import");
  return db.dataImport.findUnique({ where: { id } });
}

export async function recentImports(actor: Actor | null) {
  assertCan(actor, "data:import");
  return db.dataImport.findMany({ orderBy: { createdAt: "desc" }, take: 10 });
}

/** The mapping used last for spreadsheets, offered again. */
export async function lastMapping(actor: Actor | null): Promise<ColumnMapping> {
  assertCan(actor, "data:import");
  const last = await db.dataImport.findFirst({
    where: { mapping: { not: Prisma.DbNull } },
    orderBy: { createdAt: "desc" },
  });
  return (last?.mapping ?? {}) as ColumnMapping;
}

/** The report of a stored import as text (the downloadable file), produced page by page. */
export async function importReportText(actor: Actor | null, id: string, locale: SearchLocale) {
  assertCan(actor, "data:import");
  const text = await storedReportText(id, locale);
  if (!text) throw new NotFound("import");
  return text;
}
