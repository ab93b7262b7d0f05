import "server-only";
import { PassThrough, Readable } from "node:stream";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { errorFields, requestLogger } from "@/lib/observability/logger";
import { exportDirectory } from "./export-directory";

const TYPES = { "hsds-json": "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

/**
 * The admins' download: the role is checked before the first byte, then the export streams
 * into the response (a failure midway ends the download and is logged).
 */
export function exportDownload(actor: Actor | null, format: "hsds-json" | "csv", delimiter: "," | ";") {
  assertCan(actor, "data:export");
  const out = new PassThrough();
  exportDirectory(actor, { format, out }, { delimiter })
    .then(() => out.end())
    .catch(async (error) => {
      (await requestLogger()).error(errorFields(error), "export download failed");
      out.destroy(error as Error);
    });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="repertoire-211-${date}.${format === "csv" ? "csv" : "hsds.json"}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
