// `npm run bench:soak [-- --engine meilisearch|postgres --minutes 20 --rate 25 --peak-rate 100
// --peak-seconds 60]`: the
// production server under the search mix (issue #15) — first a burst at twice the target rate
// (50 req/s → 100) where zero errors are allowed, then a steady soak that samples the server's
// memory and database connections every minute. Writes bench/results/soak.{json,md}.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startBenchCluster, withClient } from "./lib/cluster";
import { prepareData } from "./lib/data";
import { indexBenchMeilisearch, startBenchMeilisearch } from "./lib/meilisearch";
import { openLoad } from "./lib/load";
import { searchPath, type QueryMix } from "./lib/query-mix";
import { buildApp, freePort, startServer } from "./lib/server";
import type { LoadRun } from "./lib/types";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const minutes = option("minutes", 20);
const rate = option("rate", 25);
const peakRate = option("peak-rate", 100);
const peakSeconds = option("peak-seconds", 60);
const log = (line: string) => console.log(line);
// The app's default engine (decision 008), unless told otherwise.
const engine = process.argv.includes("postgres") ? "postgres" : "meilisearch";

type Sample = { minute: number; rssMb: number; heapMb: number; poolTotal: number; pgConnections: number };

// Bounds stated up front: memory may grow by at most 25% over the first sample after the peak,
// and the app may never hold more database connections than its pool allows.
const MAX_RSS_GROWTH = 0.25;
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

const token = randomBytes(24).toString("hex");
process.env.METRICS_TOKEN = token;
process.env.DATABASE_POOL_SIZE = String(POOL_SIZE);

async function sample(baseUrl: string, databaseUrl: string, minute: number): Promise<Sample> {
  const text = await (await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
  const metric = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
  const pgConnections = await withClient(databaseUrl, async (client) =>
    Number(
      (await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()")).rows[0]
        .n,
    ),
  );
  return {
    minute,
    rssMb: metric(/^process_resident_memory_bytes (\S+)$/m) / 2 ** 20,
    heapMb: metric(/^nodejs_heap_size_used_bytes (\S+)$/m) / 2 ** 20,
    poolTotal: metric(/^db_pool_connections\{state="total"\} (\S+)$/m),
    pgConnections: pgConnections - 1, // this sampler's own connection
  };
}

const cluster = await startBenchCluster(log);
const data = await prepareData(cluster, 5_200, true, log);
process.env.DATABASE_URL = data.url;
const meili = engine === "meilisearch" ? await startBenchMeilisearch(log) : null;
if (meili) await indexBenchMeilisearch(meili, log);
process.env.SEARCH_ENGINE = engine;
buildApp(log);
const server = await startServer(data.url, await freePort(), log);
try {
  const mix: QueryMix = JSON.parse(fs.readFileSync(path.resolve("bench", "query-mix.json"), "utf8"));
  const target = {
    baseUrl: server.baseUrl,
    endpoint: "search" as const,
    paths: mix.queries.map((q) => searchPath(q.params)),
  };
  log(`Warm-up, then ${peakSeconds} s at ${peakRate} req/s (twice the 50 req/s target)…`);
  await openLoad(target, 20, 10);
  const peak: LoadRun = await openLoad(target, peakRate, peakSeconds);
  log(
    `  ${peak.requests} answers, ${peak.non2xx} non-2xx, ${peak.errors} errors, ${peak.timeouts} timeouts, p95 ${peak.latencyMs.p95.toFixed(0)} ms`,
  );

  log(`Soak: ${minutes} min at ${rate} req/s, sampling every minute…`);
  const samples: Sample[] = [await sample(server.baseUrl, data.url, 0)];
  const soakRuns: LoadRun[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    soakRuns.push(await openLoad(target, rate, 60));
    samples.push(await sample(server.baseUrl, data.url, minute));
    const last = samples.at(-1)!;
    log(
      `  minute ${minute}: RSS ${last.rssMb.toFixed(0)} MB, heap ${last.heapMb.toFixed(0)} MB, pool ${last.poolTotal}, PostgreSQL ${last.pgConnections}`,
    );
  }
  const first = samples[0];
  const last = samples.at(-1)!;
  const soakErrors = soakRuns.reduce((sum, run) => sum + run.non2xx + run.errors + run.timeouts, 0);
  const result = {
    date: new Date().toISOString(),
    engine,
    peak: {
      rate: peakRate,
      seconds: peakSeconds,
      requests: peak.requests,
      failures: peak.non2xx + peak.errors + peak.timeouts,
      p95Ms: peak.latencyMs.p95,
    },
    soak: { minutes, rate, requests: soakRuns.reduce((sum, run) => sum + run.requests, 0), failures: soakErrors },
    samples,
    bounds: {
      rssGrowth: (last.rssMb - first.rssMb) / first.rssMb,
      rssGrowthMax: MAX_RSS_GROWTH,
      maxPgConnections: Math.max(...samples.map((s) => s.pgConnections)),
      poolSize: POOL_SIZE,
    },
  };
  const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
  const md = [
    `# Load and soak (${result.date}, ${engine} engine)`,
    "",
    `| check | figure | bound |`,
    `| --- | --- | --- |`,
    `| ${peakSeconds} s at ${peakRate} req/s (2× target) | ${result.peak.requests} answers, ${result.peak.failures} failures, p95 ${result.peak.p95Ms.toFixed(0)} ms | 0 failures — ${verdict(result.peak.failures === 0)} |`,
    `| ${minutes} min at ${rate} req/s | ${result.soak.requests} answers, ${result.soak.failures} failures | 0 failures — ${verdict(result.soak.failures === 0)} |`,
    `| server memory (RSS) start → end | ${first.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB (${(result.bounds.rssGrowth * 100).toFixed(1)}%) | ≤ ${MAX_RSS_GROWTH * 100}% — ${verdict(result.bounds.rssGrowth <= MAX_RSS_GROWTH)} |`,
    `| PostgreSQL connections of the app, max | ${result.bounds.maxPgConnections} | ≤ pool (${POOL_SIZE}) — ${verdict(result.bounds.maxPgConnections <= POOL_SIZE)} |`,
    "",
    "| minute | RSS MB | heap MB | pool | PostgreSQL connections |",
    "| --- | --- | --- | --- | --- |",
    ...samples.map(
      (s) => `| ${s.minute} | ${s.rssMb.toFixed(0)} | ${s.heapMb.toFixed(0)} | ${s.poolTotal} | ${s.pgConnections} |`,
    ),
    "",
  ].join("\n");
  fs.mkdirSync(path.resolve("bench", "results"), { recursive: true });
  fs.writeFileSync(path.resolve("bench", "results", "soak.json"), JSON.stringify(result, null, 2) + "\n");
  fs.writeFileSync(path.resolve("bench", "results", "soak.md"), md);
  log(md);
} finally {
  await server.stop();
  await meili?.stop();
  await cluster.stop();
}
