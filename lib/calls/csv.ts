import type { ShownCount } from "./suppression";
import type { StatsTable, Translate } from "./stats-tables";

const BOM = "\uFEFF";

function field(value: string) {
  // Quote always; double the quotes. A leading =, +, - or @ would run as a formula in Excel.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function shownText(cell: ShownCount | "withheld", t: Translate): string {
  if (cell === "lt5") return t("lessThanFive");
  if (cell === "withheld") return t("withheld");
  return String(cell);
}

/** UTF-8 with a byte-order mark, so that Excel opens the accents right; CRLF line ends. */
export function tableToCsv(table: StatsTable, t: Translate): string {
  const lines = [table.headers.map(field).join(",")];
  for (const row of table.rows) lines.push([row.label, ...row.cells.map((c) => shownText(c, t))].map(field).join(","));
  if (table.total) lines.push([t("columns.total"), ...table.total.map((c) => shownText(c, t))].map(field).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
