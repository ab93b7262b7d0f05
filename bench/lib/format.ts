// Pure formatting for bench/results/latest.md: numbers, ratios and Markdown tables.
import { ratio, type Summary } from "./stats";
import type { Endpoint, LoadRun } from "./types";

const NA = "n/a";

export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NA;
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtInt(value: number | null | undefined): string {
  return fmt(value, 0);
}

export function fmtRatio(value: number): string {
  return Number.isFinite(value) ? `${fmt(value, 2)}×` : NA;
}

/** Kilobytes of 1,024 bytes, one decimal. */
export function fmtKb(bytes: number): string {
  return Number.isFinite(bytes) ? `${fmt(bytes / 1024, 1)} KB` : NA;
}

function cell(value: string) {
  return value.replaceAll("|", "\\|").replaceAll("\n", " ");
}

export function markdownTable(headers: string[], rows: string[][]): string {
  const lines = [`| ${headers.map(cell).join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`];
  for (const row of rows) {
    if (row.length !== headers.length) throw new Error(`row has ${row.length} cells, expected ${headers.length}`);
    lines.push(`| ${row.map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}

export type RatioRow = {
  mode: "closed" | "rate";
  load: string;
  search: LoadRun;
  floor: LoadRun;
  p50: number;
  p95: number;
  p99: number;
  /** search ÷ floor requests/s (higher is better, 1 = as fast as the floor). */
  throughput: number;
};

/** Pairs each run of `endpoint` with the floor run of the same load; unpaired runs are left out. */
export function ratioRows(load: LoadRun[], endpoint: Endpoint = "search"): RatioRow[] {
  const key = (run: LoadRun) => `${run.mode}:${run.connections}:${run.rate ?? ""}`;
  const floors = new Map(load.filter((run) => run.endpoint === "floor").map((run) => [key(run), run]));
  return load
    .filter((run) => run.endpoint === endpoint && floors.has(key(run)))
    .map((search) => {
      const floor = floors.get(key(search))!;
      const ratioOf = (k: keyof Summary) => ratio(search.latencyMs[k], floor.latencyMs[k]);
      return {
        mode: search.mode,
        load: search.mode === "rate" ? `${search.rate} req/s` : `${search.connections} conn.`,
        search,
        floor,
        p50: ratioOf("p50"),
        p95: ratioOf("p95"),
        p99: ratioOf("p99"),
        throughput: ratio(search.requestsPerS, floor.requestsPerS),
      };
    });
}

export function ratioTable(load: LoadRun[], endpoint: Endpoint = "search"): string {
  return markdownTable(
    [
      "load",
      "search p50 / p95 / p99 (ms)",
      "floor p50 / p95 / p99 (ms)",
      "p50 ratio",
      "p95 ratio",
      "search req/s",
      "floor req/s",
      "throughput ratio",
      "errors (search/floor)",
    ],
    ratioRows(load, endpoint).map((row) => {
      const lat = (run: LoadRun) => `${fmt(run.latencyMs.p50)} / ${fmt(run.latencyMs.p95)} / ${fmt(run.latencyMs.p99)}`;
      const errors = (run: LoadRun) => run.non2xx + run.errors + run.timeouts;
      return [
        row.load,
        lat(row.search),
        lat(row.floor),
        fmtRatio(row.p50),
        fmtRatio(row.p95),
        fmtInt(row.search.requestsPerS),
        fmtInt(row.floor.requestsPerS),
        row.mode === "rate" ? "(fixed rate)" : fmtRatio(row.throughput),
        `${errors(row.search)}/${errors(row.floor)}`,
      ];
    }),
  );
}
