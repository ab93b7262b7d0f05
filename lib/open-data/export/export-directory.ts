import "server-only";
import type { Writable } from "node:stream";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { countPublicServices, directoryRecords, taxonomyTermRecords } from "./directory-records";
import { writeHsdsCsv } from "./write-hsds-csv";
import { writeHsdsJson } from "./write-hsds-json";
import { writePlainCsv } from "./write-plain-csv";

export const EXPORT_FORMATS = ["hsds-json", "hsds-csv", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportTarget = { format: "hsds-csv"; folder: string } | { format: "hsds-json" | "csv"; out: Writable };
export type ExportProgress = { services: number; total: number };

/**
 * The public directory (active and temporarily closed records) in one of the open formats,
 * streamed: hsds-json (the taxonomy terms, then the organizations fully nested; French with English
 * `x_translations`),
 * hsds-csv (the HSDS datapackage: one CSV per table + datapackage.json, French) or csv (one row
 * per service, both languages, UTF-8 with BOM, `,` or `;`).
 */
export async function exportDirectory(
  actor: Actor | null,
  target: ExportTarget,
  options: { delimiter?: "," | ";"; onProgress?: (progress: ExportProgress) => void } = {},
) {
  assertCan(actor, "data:export");
  const total = await countPublicServices();
  let services = 0;
  const onRecord = (record: Record<string, unknown>) => {
    services += Array.isArray(record.services) ? record.services.length : 0;
    options.onProgress?.({ services, total });
  };
  const records = directoryRecords();
  if (target.format === "hsds-csv") await writeHsdsCsv(target.folder, taxonomyTermRecords(), records, onRecord);
  else if (target.format === "hsds-json") await writeHsdsJson(target.out, taxonomyTermRecords(), records, onRecord);
  else await writePlainCsv(target.out, records, { delimiter: options.delimiter ?? "," }, onRecord);
  return { services, total };
}
