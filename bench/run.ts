// `npm run bench [-- --quick]`: reproducible figures for search speed, query cost, edit →
// searchable latency, indexing throughput and page weight (issue #6). Writes
// bench/results/latest.json (raw figures) and latest.md (tables + targets). See bench/README.md.
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_PATH } from "@/tests/e2e/chromium";
import { apiPass, firstHit } from "./lib/api-pass";
import { releaseDatabase, pointAppAtDatabase } from "./lib/app-database";
import { startBenchCluster, type BenchCluster } from "./lib/cluster";
import { prepareData } from "./lib/data";
import { measureEditToSearchable } from "./lib/edit-latency";
import { runLighthouse } from "./lib/lighthouse";
import { loadSuite } from "./lib/load-suite";
import { describeMachine } from "./lib/machine";
import { parseOptions, type BenchOptions } from "./lib/options";
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
  services: number,
  first: boolean,
  options: BenchOptions,
  mix: QueryMix,
  results: BenchResults,
) {
  const label = first ? "demo size" : "large size";
  step(`${label}: ${services.toLocaleString("en-US")} services — data`);
  const size: SizeResult = {
    label,
    services,
    seeding: null,
    reindex: null,
    load: [],
    apiTookMs: null,
    queryCost: null,
    editToSearchableMs: null,
    errors: [],
  };
  results.sizes.push(size);
  const data = await prepareData(cluster, services, options.reuseData, log);
  size.seeding = data.seeding;
  size.reindex = data.reindex;
  await pointAppAtDatabase(data.url);

  step(`${label}: next start`);
  const server = await startServer(data.url, await freePort(Number(process.env.PORT ?? 3107)), log);
  cleanups.push(server.stop);
  try {
    const pass = await apiPass(server.baseUrl, mix.queries);
    size.apiTookMs = pass.tookMs;
    size.errors.push(...pass.failures);
    log(`Mix checked: ${mix.queries.length - pass.failures.length} answered, ${pass.empty} with no result.`);

    step(`${label}: search API under load`);
    size.load = (await attempt("load", size.errors, () => loadSuite(server.baseUrl, mix.queries, options, log))) ?? [];

    step(`${label}: query cost in PostgreSQL`);
    const sample = mix.queries.filter(
      (_, index) => index % Math.ceil(mix.queries.length / options.queryCostSample) === 0,
    );
    size.queryCost = await attempt("query cost", size.errors, () => measureQueryCost(data.url, server.baseUrl, sample));
    if (size.queryCost)
      log(
        `  search() p50 ${size.queryCost.searchWallMs.p50} ms (PostgreSQL via driver ${size.queryCost.driverMs.p50} ms); ` +
          `EXPLAIN execution mean ${size.queryCost.executionMs.mean} ms, p95 ${size.queryCost.executionMs.p95} ms; ` +
          `seq scans: ${JSON.stringify(size.queryCost.seqScans)}`,
      );

    if (first) await measurePages(server.baseUrl, options, results);

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

async function measurePages(baseUrl: string, options: BenchOptions, results: BenchResults) {
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
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
  log(`Benchmark (${options.mode}): sizes ${options.sizes.join(", ")}; query mix v${mix.version}.`);

  step("bench PostgreSQL");
  const cluster = await startBenchCluster(log);
  cleanups.push(cluster.stop);
  const results: BenchResults = {
    mode: options.mode,
    mix: { version: mix.version, queries: mix.queries.length },
    machine: await describeMachine(cluster.adminUrl, CHROMIUM_PATH),
    sizes: [],
    pages: [],
    searchWithoutJs: null,
    lighthouse: [],
    targets: [],
    durationS: 0,
    errors: [],
  };
  log(
    `${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}, commit ${results.machine.commit}`,
  );

  step("production build");
  if (options.skipBuild && fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) log(`Reusing ${DIST_DIR}.`);
  else buildApp(log);

  try {
    for (const [index, services] of options.sizes.entries()) {
      await attempt(`size ${services}`, results.errors, () =>
        measureSize(cluster, services, index === 0, options, mix, results),
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
