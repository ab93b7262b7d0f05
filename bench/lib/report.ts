// Step 8: bench/results/latest.md from the raw figures (latest.json holds the same, unrounded).
import { fmt, fmtInt, fmtKb, markdownTable, ratioTable } from "./format";
import type { BenchResults, SizeResult, TargetRow } from "./types";

const digits = (unit: string) => (unit === "×" ? 2 : unit === " KB" ? 1 : 0);
const verdict = (row: TargetRow) => (row.met === null ? "—" : row.met ? "✅ met" : "❌ missed");

function targetsSection(rows: TargetRow[]) {
  return markdownTable(
    ["target", "measured", "limit", "result", "margin"],
    rows.map((row) => [
      row.target,
      `${fmt(row.value, digits(row.unit))}${row.unit}`,
      `${row.comparator} ${fmt(row.limit, digits(row.unit))}${row.unit}`,
      verdict(row),
      row.margin,
    ]),
  );
}

/**
 * PostgreSQL vs Node for one search request, from medians over the query-cost sample, one
 * request at a time: the HTTP request, the floor right after it, and search() in the
 * benchmark's process with the time its SQL spent in the driver (PostgreSQL + wire).
 */
export function timeSplit(size: SizeResult) {
  const cost = size.queryCost;
  return {
    request: cost?.requestMs.p50 ?? NaN,
    floor: cost?.floorMs.p50 ?? NaN,
    searchCall: cost?.searchWallMs.p50 ?? NaN,
    driver: cost?.driverMs.p50 ?? NaN,
    explain: cost ? cost.executionMs.p50 + cost.planningMs.p50 : NaN,
    node: cost?.nodeMs.p50 ?? NaN,
    route: cost?.routeMs.p50 ?? NaN,
  };
}

function sizeSection(size: SizeResult) {
  const lines = [`### ${size.label}: ${size.services.toLocaleString("en-US")} services`, ""];
  lines.push(
    "The mix replayed as clients send it (after the first pass, repeats are answered by the exact result cache):",
    "",
    ratioTable(size.load, "search"),
    "",
    "The same requests uncached (`Cache-Control: no-cache`: the engine computes every one, as if all were distinct):",
    "",
    ratioTable(size.load, "search-uncached"),
    "",
  );
  const split = timeSplit(size);
  lines.push(
    `Where a search request's time goes (medians over the ${size.queryCost?.sampled ?? 0} sampled queries, one at a time):`,
    "",
    markdownTable(
      ["part", "ms (p50)", "how it is measured"],
      [
        ["whole request, as the client sees it", fmt(split.request, 2), "GET /api/search, one at a time"],
        ["Next.js serving a route that does nothing (floor)", fmt(split.floor, 2), "GET /api/bench-floor after it"],
        ["search() — engine, warm", fmt(split.searchCall, 2), "in-process call, same query sample"],
        ["… waiting on PostgreSQL (SQL + wire + row decoding)", fmt(split.driver, 2), "node-postgres, timed"],
        ["… of which PostgreSQL planning + execution", fmt(split.explain, 2), "EXPLAIN (ANALYZE, BUFFERS)"],
        ["… Node in the engine (parse, synonyms, map hits/facets)", fmt(split.node, 2), "search() − PostgreSQL wait"],
        ["route beyond the floor (params, near, JSON)", fmt(split.route, 2), "request − floor − search(), per query"],
      ],
    ),
    "",
    `The API's own tookMs over one pass of the mix: p50 ${fmt(size.apiTookMs?.p50, 0)} ms, ` +
      `p95 ${fmt(size.apiTookMs?.p95, 0)} ms (whole-ms resolution).`,
    "",
  );
  if (size.queryCost) {
    const cost = size.queryCost;
    lines.push(
      `Query cost in PostgreSQL (${cost.sampled} queries of the mix, EXPLAIN (ANALYZE, BUFFERS)): ` +
        `execution mean ${fmt(cost.executionMs.mean, 2)} ms, p95 ${fmt(cost.executionMs.p95, 2)} ms; ` +
        `planning mean ${fmt(cost.planningMs.mean, 2)} ms; buffers p95 ${fmtInt(cost.buffers.p95)}. ` +
        `Sequential scans: ${cost.seqScans.length ? cost.seqScans.map((s) => `${s.relation} (${s.queries} queries)`).join(", ") : "none"}. ` +
        `Indexes used: ${cost.indexesUsed.join(", ") || "none"}. ${cost.note}`,
      "",
    );
    if (cost.seqScanQueries.length)
      lines.push(
        "Sampled queries that scan search_document sequentially:",
        "",
        ...cost.seqScanQueries.map((q) => `- \`${q}\``),
        "",
      );
  }
  if (size.editToSearchableMs) {
    const edit = size.editToSearchableMs;
    lines.push(
      `Edit → searchable over ${edit.count} edits (${edit.path}): p50 ${fmtInt(edit.p50)} ms, ` +
        `p95 ${fmtInt(edit.p95)} ms, max ${fmtInt(edit.max)} ms; ${edit.failures} not searchable within the time limit.`,
      "",
    );
  }
  if (size.errors.length) lines.push("Problems:", "", ...size.errors.map((error) => `- ${error}`), "");
  return lines.join("\n");
}

export function renderMarkdown(results: BenchResults): string {
  const { machine } = results;
  const out: string[] = [
    "# Benchmark results",
    "",
    `\`npm run bench${results.mode === "full" ? "" : ` -- --${results.mode}`}\` — ${results.mode} run of ${machine.date}, ` +
      `commit \`${machine.commit}\`${machine.dirty ? " (with uncommitted changes)" : ""}, query mix v${results.mix.version} ` +
      `(${results.mix.queries} queries), ${fmtInt(results.durationS)} s. How to read it: bench/README.md.`,
    "",
    "## Machine",
    "",
    markdownTable(
      ["", ""],
      [
        ["CPU", `${machine.cores} cores — ${machine.cpuModel}`],
        ["memory", `${machine.memoryGb} GB`],
        ["OS", machine.os],
        ["Node", machine.node],
        ["PostgreSQL", machine.postgres],
        ["Chromium", machine.chromium],
      ],
    ),
    "",
    "The load generator, Next.js, PostgreSQL and Chromium share these cores.",
    "",
    "## Targets (issue #6)",
    "",
    targetsSection(results.targets),
    "",
    "## Search API under load",
    "",
    "Latency in ms from the client; closed loads keep N connections busy for the run's duration; the fixed-rate",
    "load sends 50 requests/s on a schedule (open model). Ratios are search ÷ floor (`GET /api/bench-floor`).",
    "",
    ...results.sizes.map(sizeSection),
    "## Indexing throughput",
    "",
    markdownTable(
      ["size", "seeding (services/s)", "seeding time", "full reindex (documents/s)", "reindex time"],
      results.sizes.map((size) => [
        size.label,
        size.seeding ? fmtInt(size.seeding.perS) : "reused",
        size.seeding ? `${fmt(size.seeding.seconds)} s` : "—",
        size.reindex ? fmtInt(size.reindex.perS) : "n/a",
        size.reindex ? `${fmt(size.reindex.seconds)} s` : "—",
      ]),
    ),
    "",
    "## Page weight (transferred bytes, gzip, empty cache)",
    "",
    markdownTable(
      ["page", "status", "HTML", "CSS", "JavaScript", "other", "total", "requests"],
      results.pages.map((page) => [
        `${page.name} \`${page.url}\``,
        String(page.status),
        fmtKb(page.bytes.document),
        fmtKb(page.bytes.css),
        fmtKb(page.bytes.js),
        fmtKb(page.bytes.other),
        fmtKb(page.bytes.total),
        String(page.requests),
      ]),
    ),
    "",
    results.searchWithoutJs ? `Search without JavaScript: ${results.searchWithoutJs.detail}.` : "",
    "",
    "## Lighthouse (mobile profile, simulated throttling)",
    "",
    markdownTable(
      ["page", "performance", "accessibility", "best practices", "SEO"],
      results.lighthouse.map((page) => [
        `${page.name}${page.error ? ` (${page.error})` : ""}`,
        fmtInt(page.performance),
        fmtInt(page.accessibility) +
          (page.accessibilityFailures?.length ? ` (failing: ${page.accessibilityFailures.join(", ")})` : ""),
        fmtInt(page.bestPractices),
        fmtInt(page.seo),
      ]),
    ),
    "",
  ];
  if (results.errors.length) out.push("## Problems during the run", "", ...results.errors.map((e) => `- ${e}`), "");
  return out.join("\n");
}
