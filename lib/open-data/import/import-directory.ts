import "server-only";
import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { afterCommit } from "@/lib/directory/after-commit";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { list, str } from "./hsds-values";
import { record, type ImportContext, type Outcome, type RecordResult } from "./import-context";
import { readHsdsCsv } from "./read-hsds-csv";
import { readSpreadsheet, type ColumnMapping } from "./read-spreadsheet";
import { readHsdsJson, type Json } from "./read-hsds-json";
import { writeOrganizationUnit } from "./write-organization";
import { importTaxonomyTerm } from "./write-taxonomy-term";

export const IMPORT_FORMATS = ["hsds-json", "hsds-csv", "csv", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportReport = {
  importId: string;
  format: ImportFormat;
  fileName: string;
  source: string;
  dryRun: boolean;
  /** dry_run: nothing written by design; refused: nothing written because records were refused. */
  status: "dry_run" | "applied" | "refused";
  counts: Record<Outcome, number>;
  records: RecordResult[];
};

export type ImportOptions = {
  format: ImportFormat;
  dryRun: boolean;
  source?: string;
  fileName?: string;
  /** csv and xlsx: which column holds what (default: the columns of our plain CSV export). */
  mapping?: ColumnMapping;
  /** Where the back-office keeps the uploaded file, to apply it after its dry run. */
  storedFile?: string;
  onProgress?: (progress: { records: number; fraction: number | null }) => void;
};

class RollBack extends Error {}

/** What kind of HSDS record an object is, by the fields its schema requires. */
function classify(item: Json): "organization" | "service" | "service_at_location" | "taxonomy_term" | "other" {
  if ("status" in item && "name" in item) return "service";
  if (item.service && typeof item.service === "object" && item.location) return "service_at_location";
  if ("taxonomy" in item || "taxonomy_id" in item || "term_uri" in item || ("code" in item && !("services" in item)))
    return "taxonomy_term";
  if ("location_type" in item || "service_id" in item || "openapi_url" in item) return "other";
  return "organization";
}

async function importItem(ctx: ImportContext, row: number, item: Json) {
  const kind = classify(item);
  if (kind === "service") {
    const organization = (item.organization as Json | undefined) ?? { id: item.organization_id };
    return writeOrganizationUnit(ctx, row, organization, [item]);
  }
  if (kind === "service_at_location") {
    // A fully nested service_at_location: its service, offered at its location.
    const service = {
      ...(item.service as Json),
      service_at_locations: [{ id: item.id, description: item.description, location: item.location }],
    };
    return importItem(ctx, row, service);
  }
  if (kind === "organization") return writeOrganizationUnit(ctx, row, item, list(item.services));
  if (kind === "taxonomy_term") {
    const term = await importTaxonomyTerm(ctx, item);
    const base = {
      row,
      entity: "taxonomy_term" as const,
      externalId: str(item.id),
      name: str(item.name),
      warnings: {},
    };
    if (!term) return record(ctx, { ...base, outcome: "refused", errors: { name: ["required"] } });
    return record(ctx, { ...base, outcome: term.created ? "created" : "unchanged", recordId: term.id, errors: {} });
  }
  record(ctx, {
    row,
    entity: "record",
    externalId: str(item.id),
    name: null,
    outcome: "refused",
    errors: { record: ["unsupportedRecord"] },
    warnings: {},
  });
}

/**
 * Imports an HSDS file, all or nothing, in one transaction: every record validated by the
 * back-office's rules, written with an audit event naming the import and a search-outbox row.
 * A dry run does the same work and rolls it back, so its report is exactly what applying would
 * do. Applying with refused records writes nothing (fix or remove them, then apply again).
 * Re-importing the same file changes nothing: records are found by their external id.
 */
export async function importDirectory(
  actor: Actor | null,
  file: string,
  options: ImportOptions,
): Promise<ImportReport> {
  assertCan(actor, "data:import");
  const importId = randomUUID();
  const source = options.source?.trim() || "hsds";
  const auditActor: Actor = actor.kind === "system" ? { kind: "system", label: `import ${importId}` } : actor;
  const info = await stat(file);
  const totalBytes = info.isDirectory() ? 0 : info.size;
  const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0, refused: 0 };
  const results: RecordResult[] = [];
  let status: ImportReport["status"] = options.dryRun ? "dry_run" : "applied";
  try {
    await db.$transaction(
      async (tx) => {
        const ctx: ImportContext = {
          tx,
          actor: auditActor,
          importId,
          source,
          locations: new Map(),
          municipalities: new Map(),
          results,
          counts,
          serviceIds: new Set(),
        };
        let bytes = 0;
        let row = 0;
        const items =
          options.format === "hsds-csv"
            ? readHsdsCsv(file)
            : options.format === "csv" || options.format === "xlsx"
              ? readSpreadsheet(file, options.format, options.mapping)
              : readHsdsJson(file, (read) => (bytes = read));
        for await (const item of items) {
          row++;
          await importItem(ctx, row, item);
          options.onProgress?.({ records: row, fraction: bytes ? bytes / totalBytes : null });
        }
        await enqueueSearchSync(tx, { serviceIds: [...ctx.serviceIds] });
        if (counts.refused > 0 && !options.dryRun) status = "refused";
        if (options.dryRun || counts.refused > 0) throw new RollBack();
      },
      { timeout: 24 * 60 * 60 * 1000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (status === "applied") await afterCommit();
  const report: ImportReport = {
    importId,
    format: options.format,
    fileName: options.fileName ?? file,
    source,
    dryRun: options.dryRun,
    status,
    counts,
    records: results,
  };
  await db.dataImport.create({
    data: {
      id: importId,
      actorLabel: actor.kind === "user" ? actor.email : actor.label,
      format: options.format,
      fileName: report.fileName,
      source,
      status,
      counts,
      issues: JSON.parse(
        JSON.stringify(
          results.filter((r) => r.outcome === "refused" || Object.keys(r.warnings).length || r.duplicates?.length),
        ),
      ),
      mapping: options.mapping,
      storedFile: options.storedFile,
    },
  });
  return report;
}
