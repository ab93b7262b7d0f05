// `npm run bench [-- --quick]`: reproducible figures for search speed, query cost, edit →
// searchable latency, indexing throughput and page weight (issue #6). Writes
// bench/results/latest.json (raw figures) and latest.md (tables + targets). See bench/README.md.
import fs from "node:fs";
import path from "node:path";
import { prepareChromium } from "@/tests/e2e/chromium";
import { apiPass, firstHit } from "./lib/api-pass";
import { releaseDatabase, pointAppAtDatabase } from "./lib/app-database";
import { startBenchCluster, type BenchCluster } from "./lib/cluster";
import { prepareData } from "./lib/data";
import { measureConsoleLatency } from "./lib/console-latency";
import { measureEditToSearchable } from "./lib/edit-latency";
import { runLighthouse } from "./lib/lighthouse";
import { loadSuite } from "./lib/load-suite";
import { describeMachine } from "./lib/machine";
import { startBenchMeilisearch, indexBenchMeilisearch, type BenchMeilisearch } from "./lib/meilisearch";
import { parseOptions, type BenchEngine, type BenchOptions } from "./lib/options";
import { launchChromium, measurePage, searchWorksWithoutJs, type PageToMeasure } from "./lib/pages";
import { measureQueryCost } from "./lib/query-cost";
import { validateQueryMix, type QueryMix } from "./lib/query-mix";
import { renderMarkdown } from "./lib/report";
import { buildApp, DIST_DIR, freePort, startServer } from "./lib/server";
import { evaluateTargets } from "./lib/targets";
import type { BenchResults, SizeResult } from "./lib/types";

const RESULTS_DIR = path.resolve("bench", "results");
const started = performance.now();
const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;
const log = (line: string) => console.log(line);
const step = (title: string) => console.log(`\n=== ${title} (${elapsed()}) ===`);

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()!().catch((error) => console.error(error));
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));

function errorText(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one measurement; a failure is recorded and the benchmark goes on with the next one. */
async function attempt<T>(what: string, errors: string[], work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    const message = `${what}: ${errorText(error).split("\n")[0]}`;
    console.error(`  ✗ ${message}`);
    errors.push(message);
    return null;
  }
}

async function measureSize(
  cluster: BenchCluster,
  meili: BenchMeilisearch | null,
  services: number,
  first: boolean,
  options: BenchOptions,
  mix: QueryMix,
  results: BenchResults,
) {
  const label = first ? "demo size" : "large size";
  step(`${label}: ${services.toLocaleString("en-US")} services — data`);
  const data = await prepareData(cluster, services, options.reuseData, log);
  await pointAppAtDatabase(data.url);
  // Each engine in turn on the same data, the same mix and the same floor route.
  for (const [index, engine] of options.engines.entries()) {
    const size: SizeResult = {
      label: `${label}, ${engine}`,
      engine,
      services,
      seeding: index === 0 ? data.seeding : null,
      reindex: engine === "postgres" ? data.reindex : null,
      load: [],
      apiTookMs: null,
      queryCost: null,
      editToSearchableMs: null,
      errors: [],
    };
    results.sizes.push(size);
    await attempt(`${size.label}`, size.errors, () =>
      measureEngine(size, engine, meili, data.url, first && index === 0, options, mix, results),
    );
  }
}

async function measureEngine(
  size: SizeResult,
  engine: BenchEngine,
  meili: BenchMeilisearch | null,
  databaseUrl: string,
  measurePagesToo: boolean,
  options: BenchOptions,
  mix: QueryMix,
  results: BenchResults,
) {
  const label = size.label;
  if (engine === "meilisearch") {
    if (!meili) throw new Error("the embedded Meilisearch cannot run here");
    step(`${label}: full reindex into Meilisearch`);
    size.reindex = await indexBenchMeilisearch(meili, log);
  }
  // The server, and this process's relay (edit → searchable), use this engine.
  process.env.SEARCH_ENGINE = engine;

  step(`${label}: next start`);
  // A fresh port for each engine's server: the previous one may still hold its port a moment.
  const port =
    size.engine === results.sizes[0]?.engine ? await freePort(Number(process.env.PORT ?? 3107)) : await freePort();
  const server = await startServer(databaseUrl, port, log);
  cleanups.push(server.stop);
  try {
    const pass = await apiPass(server.baseUrl, mix.queries);
    size.apiTookMs = pass.tookMs;
    size.errors.push(...pass.failures);
    log(`Mix checked: ${mix.queries.length - pass.failures.length} answered, ${pass.empty} with no result.`);

    step(`${label}: search API under load`);
    size.load = (await attempt("load", size.errors, () => loadSuite(server.baseUrl, mix.queries, options, log))) ?? [];

    if (engine === "postgres") {
      step(`${label}: query cost in PostgreSQL`);
      const sample = mix.queries.filter(
        (_, index) => index % Math.ceil(mix.queries.length / options.queryCostSample) === 0,
      );
      size.queryCost = await attempt("query cost", size.errors, () =>
        measureQueryCost(databaseUrl, server.baseUrl, sample),
      );
      if (size.queryCost)
        log(
          `  search() p50 ${size.queryCost.searchWallMs.p50} ms (PostgreSQL via driver ${size.queryCost.driverMs.p50} ms); ` +
            `EXPLAIN execution mean ${size.queryCost.executionMs.mean} ms, p95 ${size.queryCost.executionMs.p95} ms; ` +
            `seq scans: ${JSON.stringify(size.queryCost.seqScans)}`,
        );
    }

    if (measurePagesToo) await measurePages(server.baseUrl, options, results, mix);

    step(`${label}: edit → searchable (${options.edits} edits)`);
    const edits = await attempt("edit → searchable", size.errors, () =>
      measureEditToSearchable(server.baseUrl, options.edits, log),
    );
    if (edits) {
      size.editToSearchableMs = { ...edits, path: "updateService → outbox → relay → GET /api/search" };
      log(`  p50 ${edits.p50} ms, p95 ${edits.p95} ms, ${edits.failures} failures`);
    }
  } finally {
    await server.stop();
    cleanups.splice(cleanups.indexOf(server.stop), 1);
  }
}

// The demo seed's agent account (README, "Demo accounts"): the bench database is the demo seed.
const DEMO_AGENT = { email: "agent@example.org", password: "Demo-211-password" };

async function measurePages(baseUrl: string, options: BenchOptions, results: BenchResults, mix: QueryMix) {
  step("page weight (Chromium)");
  const hit = await firstHit(baseUrl, "banque alimentaire", "fr");
  const pages: PageToMeasure[] = [
    { name: "home (fr)", path: "/fr" },
    { name: "search results (fr)", path: "/fr/recherche?q=banque+alimentaire" },
    { name: "service (fr)", path: `/fr/services/${hit.slug}` },
    { name: "home (en)", path: "/en" },
    { name: "search results (en)", path: "/en/search?q=food+bank" },
    { name: "service (en)", path: `/en/services/${hit.slug}` },
  ];
  const browser = await launchChromium();
  try {
    for (const page of pages) {
      const weight = await attempt(`page weight ${page.name}`, results.errors, () =>
        measurePage(browser, baseUrl, page),
      );
      if (weight) {
        results.pages.push(weight);
        log(
          `  ${page.name}: JS ${(weight.bytes.js / 1024).toFixed(1)} KB, total ${(weight.bytes.total / 1024).toFixed(1)} KB`,
        );
      }
    }
    results.searchWithoutJs = await attempt("search without JavaScript", results.errors, () =>
      searchWorksWithoutJs(browser, baseUrl, pages[1].path, hit.name),
    );
    step("agents' console: keystroke → results painted");
    const typed = mix.queries
      .map((query) => query.params.q ?? "")
      .filter((q) => q.length >= 3)
      .slice(0, 50);
    results.consoleLatency = await attempt("console latency", results.errors, () =>
      measureConsoleLatency(browser, baseUrl, typed, DEMO_AGENT, log),
    );
    if (results.consoleLatency)
      log(
        `  p50 ${results.consoleLatency.p50} ms, p95 ${results.consoleLatency.p95} ms over ${results.consoleLatency.queries} queries` +
          ` (unanswered: ${results.consoleLatency.unanswered.length}, console reopened: ${results.consoleLatency.reopened})`,
      );
  } finally {
    await browser.close();
  }
  step("Lighthouse");
  const audited =
    options.lighthousePages === "all"
      ? pages
      : options.lighthousePages === "one"
        ? pages.slice(0, 1)
        : pages.filter((page) => page.name.endsWith("(fr)"));
  results.lighthouse = await runLighthouse(baseUrl, audited, log);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const mix: QueryMix = JSON.parse(fs.readFileSync(path.resolve("bench", "query-mix.json"), "utf8"));
  const problems = validateQueryMix(mix);
  if (problems.length) throw new Error(`bench/query-mix.json is invalid:\n${problems.join("\n")}`);
  const browser = await prepareChromium(log);
  if (!browser) throw new Error("no browser for the page weight and Lighthouse runs");
  log(
    `Benchmark (${options.mode}): sizes ${options.sizes.join(", ")}; engines ${options.engines.join(", ")}; query mix v${mix.version}.`,
  );

  step("bench PostgreSQL");
  const cluster = await startBenchCluster(log);
  cleanups.push(cluster.stop);
  const results: BenchResults = {
    mode: options.mode,
    mix: { version: mix.version, queries: mix.queries.length },
    machine: await describeMachine(cluster.adminUrl, browser.path),
    sizes: [],
    pages: [],
    searchWithoutJs: null,
    consoleLatency: null,
    lighthouse: [],
    targets: [],
    durationS: 0,
    errors: [],
  };
  log(
    `${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}, commit ${results.machine.commit}`,
  );

  let meili: BenchMeilisearch | null = null;
  if (options.engines.includes("meilisearch")) {
    step("bench Meilisearch");
    meili = await attempt("Meilisearch", results.errors, () => startBenchMeilisearch(log));
    if (meili) cleanups.push(meili.stop);
  }

  step("production build");
  if (options.skipBuild && fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) log(`Reusing ${DIST_DIR}.`);
  else buildApp(log);

  try {
    for (const [index, services] of options.sizes.entries()) {
      await attempt(`size ${services}`, results.errors, () =>
        measureSize(cluster, meili, services, index === 0, options, mix, results),
      );
    }
  } finally {
    await releaseDatabase();
  }

  results.targets = evaluateTargets(results);
  results.durationS = (performance.now() - started) / 1000;
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.md"), renderMarkdown(results));
  step(`done: bench/results/latest.md`);
  for (const row of results.targets)
    log(
      `  ${row.met === null ? "?" : row.met ? "✓" : "✗"} ${row.target}: ${row.value} (${row.comparator} ${row.limit}) ${row.margin}`,
    );
  return results.errors.length + results.sizes.reduce((n, size) => n + size.errors.length, 0);
}

let exitCode = 0;
try {
  const problems = await main();
  if (problems > 0) console.error(`\n${problems} problem(s) during the run: see bench/results/latest.md.`);
} catch (error) {
  console.error(`\nBenchmark failed: ${errorText(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
