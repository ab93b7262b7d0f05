import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { SearchLocale } from "@/lib/search/types";
import type { RecordResult } from "./import-context";
import type { ImportReport } from "./import-directory";
import { reportTextStream } from "./report-text";

// An import's report entries (refused records, warnings, possible duplicates) are rows of
// data_import_issue, in the file's order (id): a chunk adds its own, and readers go page by page,
// so that neither writing nor reading a large file's report grows with the whole report.

const SAVE_BATCH = 1000;
export const ISSUE_PAGE = 500;

/** Adds entries to an import's report, in their order (one statement per thousand). */
export async function saveIssues(client: Tx | typeof db, importId: string, issues: RecordResult[]) {
  for (let start = 0; start < issues.length; start += SAVE_BATCH)
    await client.$executeRaw`
      INSERT INTO data_import_issue (import_id, record)
      SELECT ${importId}::uuid, entry.value
      FROM jsonb_array_elements(${JSON.stringify(issues.slice(start, start + SAVE_BATCH))}::jsonb)
        WITH ORDINALITY AS entry(value, position)
      ORDER BY entry.position`;
}

/** One page of an import's report: the entries after `after` (an entry's id; none: from the start). */
export async function issuesPage(importId: string, after: bigint | null = null, take = ISSUE_PAGE) {
  const rows = await db.dataImportIssue.findMany({
    where: { importId, ...(after === null ? {} : { id: { gt: after } }) },
    orderBy: { id: "asc" },
    take: take + 1,
  });
  const page = rows.slice(0, take);
  return {
    records: page.map((row) => row.record as unknown as RecordResult),
    /** The last entry's id when more follow: the next page starts after it. */
    next: rows.length > take ? page.at(-1)!.id : null,
  };
}

/** Every entry of an import's report, page by page (memory holds one page). */
export async function* allIssues(importId: string): AsyncGenerator<RecordResult[]> {
  let after: bigint | null = null;
  do {
    const page: Awaited<ReturnType<typeof issuesPage>> = await issuesPage(importId, after);
    if (page.records.length) yield page.records;
    after = page.next;
  } while (after !== null);
}

export const countIssues = (importId: string) => db.dataImportIssue.count({ where: { importId } });

/** A stored import's report as text, header then entries, read page by page (download, terminal). */
export async function storedReportText(importId: string, locale: SearchLocale) {
  const run = await db.dataImport.findUnique({ where: { id: importId } });
  if (!run) return null;
  const summary = {
    importId: run.id,
    format: run.format as ImportReport["format"],
    fileName: run.fileName,
    source: run.source,
    dryRun: run.status === "dry_run",
    status: run.status as ImportReport["status"],
    counts: run.counts as ImportReport["counts"],
    chunked: run.chunked,
  };
  return reportTextStream(summary, allIssues(importId), locale);
}
