import { getActor } from "@/lib/auth/get-actor";
import { tableToCsv } from "@/lib/calls/csv";
import { loadCsvTable, loadStatsTables } from "@/lib/calls/load-stats-tables";
import { defaultPeriod } from "@/lib/calls/stats-period";
import { DomainError, HTTP_STATUS } from "@/lib/errors";

const BY = ["category", "region", "municipality", "week"] as const;

/**
 * GET /api/stats/calls.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&by=category|region|municipality|week
 * (or &table=<id> for any table of the statistics page), for editors and admins: the same
 * suppressed counts as the page, as UTF-8 CSV with a byte-order mark.
 */
export async function GET(request: Request) {
  const actor = await getActor();
  const params = new URL(request.url).searchParams;
  const locale = params.get("lang") === "en" ? "en" : "fr";
  const period = {
    from: params.get("from") ?? defaultPeriod().from,
    to: params.get("to") ?? defaultPeriod().to,
    region: params.get("region") ?? undefined,
    mrc: params.get("mrc") ?? undefined,
  };
  try {
    const tableId = params.get("table");
    const by = BY.find((value) => value === params.get("by"));
    let csv: string;
    let name: string;
    if (tableId) {
      const { tables, t } = await loadStatsTables(actor, period, locale);
      const table = tables.find((candidate) => candidate.id === tableId);
      if (!table) return Response.json({ error: "invalid", field: "table" }, { status: 400 });
      csv = tableToCsv(table, t);
      name = tableId;
    } else {
      const { table, t } = await loadCsvTable(actor, period, by ?? "week", locale);
      csv = tableToCsv(table, t);
      name = by ?? "week";
    }
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="calls-${name}-${period.from}-${period.to}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { error: error.code },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}
