// The targets (reported, never asserted) evaluated against one run's figures.
import { fmt } from "./format";
import { ratio } from "./stats";
import type { BenchResults, Endpoint, LoadRun, SizeResult, TargetRow } from "./types";

export const TARGETS = {
  fixedRateP95Ratio: { demo: 2, large: 4 },
  throughputRatio: { demo: 0.5, large: 0.2 },
  editToSearchableP95Ms: 1000,
  pageJsBytes: 150 * 1024,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  consoleKeystrokeP95Ms: 300,
} as const;

export function targetRow(
  target: string,
  value: number,
  comparator: TargetRow["comparator"],
  limit: number,
  unit = "",
): TargetRow {
  if (!Number.isFinite(value)) return { target, value, limit, comparator, unit, met: null, margin: "not measured" };
  const met = comparator === "<=" ? value <= limit : comparator === ">=" ? value >= limit : value === limit;
  let margin: string;
  if (comparator === "==") margin = met ? "met" : `${fmt(Math.abs(value - limit), 0)}${unit} short`;
  else if (limit === 0) margin = met ? "met" : "missed";
  else {
    // Relative distance to the limit: "+35% over" (≤ target missed) or "40% short" (≥ target missed).
    const relative = comparator === "<=" ? (value - limit) / limit : (limit - value) / limit;
    margin = met ? `met with ${fmt(Math.abs(relative) * 100, 0)}% to spare` : `missed by ${fmt(relative * 100, 0)}%`;
  }
  return { target, value, limit, comparator, unit, met, margin };
}

function maxRps(load: LoadRun[], endpoint: LoadRun["endpoint"]) {
  const closed = load.filter((run) => run.endpoint === endpoint && run.mode === "closed");
  return closed.length ? Math.max(...closed.map((run) => run.requestsPerS)) : Number.NaN;
}

function fixedRateP95(load: LoadRun[], endpoint: LoadRun["endpoint"]) {
  return load.find((run) => run.endpoint === endpoint && run.mode === "rate")?.latencyMs.p95 ?? Number.NaN;
}

/** The first size is the demo size; any later one is the large (200k) size. */
export function sizeTargets(size: SizeResult, large: boolean): TargetRow[] {
  const which = large ? "large" : "demo";
  const label = `${size.label} (${size.services.toLocaleString("en-US")} services)`;
  // The speed targets for the mix as clients send it (repeats may be cached) and uncached.
  const speed = (endpoint: Endpoint, how: string) => [
    targetRow(
      `fixed 50 req/s: search p95 ÷ floor p95, ${how}, ${label}`,
      ratio(fixedRateP95(size.load, endpoint), fixedRateP95(size.load, "floor")),
      "<=",
      TARGETS.fixedRateP95Ratio[which],
      "×",
    ),
    targetRow(
      `max throughput: search ÷ floor req/s, ${how}, ${label}`,
      ratio(maxRps(size.load, endpoint), maxRps(size.load, "floor")),
      ">=",
      TARGETS.throughputRatio[which],
      "×",
    ),
  ];
  return [
    ...speed("search", "mix replayed"),
    ...speed("search-uncached", "uncached"),
    targetRow(
      `edit → searchable p95, ${label}`,
      size.editToSearchableMs?.p95 ?? Number.NaN,
      "<=",
      TARGETS.editToSearchableP95Ms,
      " ms",
    ),
    ...(large
      ? [
          targetRow(
            `sampled queries scanning search_document sequentially, ${label}`,
            size.queryCost ? size.queryCost.seqScanQueries.length : Number.NaN,
            "==",
            0,
          ),
        ]
      : []),
  ];
}

export function evaluateTargets(
  results: Pick<BenchResults, "sizes" | "pages" | "lighthouse" | "searchWithoutJs"> &
    Partial<Pick<BenchResults, "consoleLatency">>,
) {
  // Every engine's entries at the first size are the demo size; larger ones the large size.
  const demo = Math.min(...results.sizes.map((size) => size.services));
  const rows = results.sizes.flatMap((size) => sizeTargets(size, size.services > demo));
  for (const page of results.pages)
    rows.push(
      targetRow(`gzipped JavaScript, ${page.name}`, page.bytes.js / 1024, "<=", TARGETS.pageJsBytes / 1024, " KB"),
    );
  if (results.searchWithoutJs)
    rows.push(targetRow("search page works without JavaScript", results.searchWithoutJs.works ? 1 : 0, "==", 1));
  if (results.consoleLatency) {
    const { queries, unanswered } = results.consoleLatency;
    rows.push(
      targetRow("agents' console: typed queries answered (within 10 s)", queries, "==", queries + unanswered.length),
    );
    rows.push(
      targetRow(
        `agents' console: keystroke → results painted p95 (${results.consoleLatency.queries} queries)`,
        results.consoleLatency.p95,
        "<=",
        TARGETS.consoleKeystrokeP95Ms,
        " ms",
      ),
    );
  }
  for (const page of results.lighthouse) {
    rows.push(targetRow(`Lighthouse performance, ${page.name}`, page.performance, ">=", TARGETS.lighthousePerformance));
    rows.push(
      targetRow(`Lighthouse accessibility, ${page.name}`, page.accessibility, ">=", TARGETS.lighthouseAccessibility),
    );
  }
  return rows;
}
