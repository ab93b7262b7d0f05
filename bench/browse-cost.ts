// `npm run bench:browse-cost -- [--services N] [--reuse-data] [--no-reindex]`: the query-cost step
// alone, for the browse requests of the mix (no words) and three broad word queries, at one
// size. Each search runs through search() while its SQL is captured, then every statement is
// replayed under EXPLAIN (ANALYZE, BUFFERS) three times: the median execution time, the
// buffers and any whole-table scan are printed. How the PostgreSQL engine's browsing and facet
// counting were tuned without a full `npm run bench` (bench/README.md).
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { SESSION_OPTIONS } from "@/lib/db/session-options";
import { migrate } from "@/lib/db/migrate";
import { analyze, existingDatabase, startBenchCluster } from "./lib/cluster";
import { prepareData } from "./lib/data";
import { captureSql } from "./lib/capture-sql";
import { planFacts, type ExplainJson } from "./lib/plan-facts";
import type { QueryMix } from "./lib/query-mix";

const BROAD_WORDS = ["banque alimentaire", "bénévolat", "parenting"];
const SEARCH_TABLES = /\bsearch_(document|vocabulary|facet)/;

const { values } = parseArgs({
  options: {
    services: { type: "string", default: "20000" },
    "reuse-data": { type: "boolean", default: false },
    "no-reindex": { type: "boolean", default: false },
  },
});
const services = Number(values.services);
const log = (line: string) => console.log(line);

const cluster = await startBenchCluster(() => {});
try {
  let url: string;
  const existing = values["reuse-data"] ? await existingDatabase(cluster, `bench_${services}`, services) : null;
  if (existing && values["no-reindex"]) {
    await migrate(existing, log);
    await analyze(existing);
    url = existing;
  } else {
    // A reused database first gets the migrations added since it was seeded.
    if (existing) await migrate(existing, log);
    url = (await prepareData(cluster, services, values["reuse-data"], log)).url;
  }
  log(`Database: ${url}`);
  process.env.DATABASE_URL = url;
  const { resolveSearchParams } = await import("@/lib/search/resolve-search-params");
  const { search } = await import("@/lib/search/search");
  const mix = JSON.parse(fs.readFileSync("bench/query-mix.json", "utf8")) as QueryMix;
  const seen = new Set<string>();
  const entries = mix.queries.filter((entry) => {
    const key = JSON.stringify(entry.params);
    const wanted = !entry.params.q || BROAD_WORDS.includes(entry.params.q);
    if (!wanted || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const explainer = new pg.Client({ connectionString: url, options: SESSION_OPTIONS });
  await explainer.connect();
  try {
    for (const entry of entries) {
      const { lang, ...rest } = entry.params;
      const resolved = await resolveSearchParams(new URLSearchParams(rest as Record<string, string>), lang);
      if (!resolved.ok) throw new Error(`#${entry.id}: ${JSON.stringify(resolved.fieldErrors)}`);
      await search(resolved.query, { fresh: true }); // the engine, never a cached answer
      const capture = captureSql((text) => SEARCH_TABLES.test(text));
      let result;
      try {
        result = await search(resolved.query, { fresh: true });
      } finally {
        capture.restore();
      }
      const captured = capture.take();
      const runs: number[] = [];
      let buffers = 0;
      const seqScans = new Set<string>();
      for (let round = 0; round < 3; round++) {
        let execution = 0;
        buffers = 0;
        for (const query of captured) {
          const { rows } = await explainer.query(
            `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`,
            query.values as unknown[],
          );
          const facts = planFacts(rows[0]["QUERY PLAN"] as ExplainJson);
          execution += facts.executionMs;
          buffers += facts.buffers;
          facts.seqScans.forEach((relation) => seqScans.add(relation));
        }
        runs.push(execution);
      }
      runs.sort((a, b) => a - b);
      // BENCH_PLAN=1: the plans themselves, to see where the time goes.
      for (const query of process.env.BENCH_PLAN ? captured : []) {
        const { rows } = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values as unknown[]);
        log(rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n"));
      }
      log(
        `#${entry.id} ${JSON.stringify(entry.params)}: total ${result.total}, ` +
          `execution ${runs[1].toFixed(1)} ms (median of 3), ${buffers} buffers, ` +
          `seq scans: ${[...seqScans].join(", ") || "none"}`,
      );
    }
  } finally {
    await explainer.end();
  }
} finally {
  await cluster.stop();
}
process.exit(0);
