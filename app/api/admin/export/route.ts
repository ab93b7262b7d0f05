import { getActor } from "@/lib/auth/get-actor";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { exportDownload } from "@/lib/open-data/export/export-download";

/** GET /api/admin/export?format=hsds-json|csv[&delimiter=;] — the public directory, for admins. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "csv" ? "csv" : "hsds-json";
  try {
    return exportDownload(await getActor(), format, params.get("delimiter") === ";" ? ";" : ",");
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { error: error.code },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}
