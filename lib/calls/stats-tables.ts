import type { CallStats } from "./get-call-stats";
import { combinedKey, perturb } from "./perturbation";
import { protectList, protectMatrix, protectPartition, type ShownCount } from "./suppression";

// The only way call counts reach a page, a chart or a CSV: every table is built here, after
// small-cell suppression (lib/calls/suppression.ts), decided on the true counts, and with the
// cell-key offsets that keep two answers from being subtracted (lib/calls/perturbation.ts).
// Tables whose rows count each call once (per period, language, hour, region, municipality)
// publish a total and are protected as a partition; tables where a call may count in several
// rows (needs, referrals) have no total.

export type TableId =
  | "perPeriod"
  | "needs"
  | "unmet"
  | "referralsByOrganization"
  | "referralsByCategory"
  | "languages"
  | "hours"
  | "regions"
  | "municipalities";

export type StatsTable = {
  id: TableId;
  /** Header of the first column, then one per count column. */
  headers: string[];
  rows: { key: string; label: string; cells: ShownCount[] }[];
  /** Totals row (partitions and the matrix). */
  total: (number | "withheld")[] | null;
  chart: "bar" | "line";
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Count = { key: string; label: string; n: number; k: number };

/** What is published of a cell that suppression lets through: its count with its offset. */
function published<T extends ShownCount>(cell: T, key: number): T {
  return (typeof cell === "number" ? perturb(cell, key) : cell) as T;
}

function partition(id: TableId, counts: Count[], headers: string[], chart: "bar" | "line" = "bar"): StatsTable {
  const { cells, total } = protectPartition(counts.map((c) => c.n));
  return {
    id,
    headers,
    rows: counts.map((c, i) => ({ key: c.key, label: c.label, cells: [published(cells[i], c.k)] })),
    total: [published(total, combinedKey(counts.map((c) => c.k)))],
    chart,
  };
}

function list(id: TableId, counts: Count[], headers: string[]): StatsTable {
  const cells = protectList(counts.map((c) => c.n));
  return {
    id,
    headers,
    rows: counts.map((c, i) => ({ key: c.key, label: c.label, cells: [published(cells[i], c.k)] })),
    total: null,
    chart: "bar",
  };
}

function unmetTable(stats: CallStats, t: Translate): StatsTable {
  const areas = [...new Set(stats.unmet.map((u) => u.area))].sort((a, b) =>
    a === "" ? 1 : b === "" ? -1 : a.localeCompare(b),
  );
  const categories = [...new Map(stats.unmet.map((u) => [u.key, u.label])).entries()];
  const found = categories.map(([key]) =>
    areas.map((area) => stats.unmet.find((u) => u.key === key && u.area === area)),
  );
  const values = found.map((row) => row.map((cell) => cell?.n ?? 0));
  const keys = found.map((row) => row.map((cell) => cell?.k ?? 0));
  const protectedTable = protectMatrix(values);
  const cells = protectedTable.cells.map((row, r) => row.map((cell, c) => published(cell, keys[r][c])));
  const rowTotals = protectedTable.rowTotals.map((total, r) => published(total, combinedKey(keys[r])));
  const colTotals = protectedTable.colTotals.map((total, c) =>
    published(total, combinedKey(keys.map((row) => row[c]))),
  );
  const grand =
    colTotals.includes("withheld") || rowTotals.includes("withheld")
      ? "withheld"
      : perturb(
          values.flat().reduce((a, b) => a + b, 0),
          combinedKey(keys.flat()),
        );
  const areaLabel = (area: string) =>
    area === "" ? t("notGiven") : ((stats.areaNames as Record<string, string>)[area] ?? area);
  return {
    id: "unmet",
    headers: [t("columns.category"), ...areas.map(areaLabel), t("columns.total")],
    rows: categories.map(([key, label], r) => ({ key, label, cells: [...cells[r], rowTotals[r]] })),
    total: [...colTotals, grand],
    chart: "bar",
  };
}

export function buildStatsTables(stats: CallStats, t: Translate, languageName: (code: string) => string): StatsTable[] {
  const calls = t("columns.calls");
  return [
    partition("perPeriod", stats.perPeriod, [t(`columns.${stats.granularity}`), calls], "line"),
    list("needs", stats.needs, [t("columns.category"), calls]),
    unmetTable(stats, t),
    list("referralsByOrganization", stats.byOrganization, [t("columns.organization"), t("columns.referrals")]),
    list("referralsByCategory", stats.byCategory, [t("columns.category"), t("columns.referrals")]),
    partition(
      "languages",
      stats.languages.map((c) => ({ ...c, label: languageName(c.key) })),
      [t("columns.language"), calls],
    ),
    partition(
      "hours",
      stats.hours.map((c) => ({ ...c, label: `${c.key} h` })),
      [t("columns.hour"), calls],
    ),
  ];
}

/** The tables of the CSV API (`by=`): each a partition of the period's calls, or a list for categories. */
export function buildCsvTable(stats: CallStats, by: "category" | "region" | "municipality" | "week", t: Translate) {
  const calls = t("columns.calls");
  const notGiven = (c: Count) => ({ ...c, label: c.label || t("notGiven") });
  switch (by) {
    case "category":
      return list("needs", stats.needs, [t("columns.category"), calls]);
    case "region":
      return partition("regions", stats.regions.map(notGiven), [t("columns.region"), calls]);
    case "municipality": {
      // One "not given" row for every region: the municipality table says nothing about regions.
      const merged = new Map<string, Count>();
      for (const row of stats.municipalities.map(notGiven)) {
        const current = merged.get(row.key);
        merged.set(
          row.key,
          current
            ? { ...current, n: current.n + row.n, k: combinedKey([current.k, row.k]) }
            : { key: row.key, label: row.label, n: row.n, k: row.k },
        );
      }
      return partition("municipalities", [...merged.values()], [t("columns.municipality"), calls]);
    }
    case "week":
      return partition("perPeriod", stats.perPeriod, [t(`columns.${stats.granularity}`), calls]);
  }
}
