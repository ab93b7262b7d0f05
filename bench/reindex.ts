// `npm run bench:reindex -- [--services N] [--reuse-data]`: one full Meilisearch reindex at N
// services (default 20,000), timed, with Meilisearch's own account of where its indexing time
// went (the batches' progress trace). Used to tune the reindex; `npm run bench` times it too.
import { parseArgs } from "node:util";
import { startBenchCluster } from "./lib/cluster";
import { prepareData } from "./lib/data";
import { startBenchMeilisearch } from "./lib/meilisearch";

const { values } = parseArgs({
  options: { services: { type: "string", default: "20000" }, "reuse-data": { type: "boolean", default: false } },
});
const services = Number(values.services);
const log = (line: string) => console.log(line);

const cluster = await startBenchCluster(() => {});
const meili = await startBenchMeilisearch(log);
try {
  const { url } = await prepareData(cluster, services, values["reuse-data"], log);
  process.env.DATABASE_URL = url;
  const { reindexMeilisearch } = await import("@/lib/search/meilisearch/reindex-meilisearch");
  const started = performance.now();
  let lastLog = 0;
  const { indexed } = await reindexMeilisearch(({ indexed, total }) => {
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      log(`  sent ${indexed} / ${total} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  log(`${indexed} services in ${seconds.toFixed(1)} s (${(indexed / seconds).toFixed(0)}/s)`);
  await printBatches(meili.url, process.env.MEILI_MASTER_KEY ?? "");
} finally {
  await meili.stop();
  await cluster.stop();
}

/** Meilisearch's own timing of its indexing batches: which step of indexing costs what. */
async function printBatches(url: string, key: string) {
  const response = await fetch(`${url}/batches?limit=1000`, { headers: { authorization: `Bearer ${key}` } });
  const { results } = (await response.json()) as {
    results: {
      uid: number;
      duration: string;
      stats: { totalNbTasks: number; types: object; progressTrace?: Record<string, string> };
    }[];
  };
  const steps = new Map<string, number>();
  let documentBatches = 0;
  for (const batch of results) {
    if (!("documentAdditionOrUpdate" in batch.stats.types)) continue;
    documentBatches++;
    if (process.env.BENCH_TRACE) log(JSON.stringify(batch, null, 1));
    for (const [step, time] of Object.entries(batch.stats.progressTrace ?? {})) {
      steps.set(step, (steps.get(step) ?? 0) + seconds(time));
    }
  }
  log(`${documentBatches} indexing batches; time by step (s):`);
  const top = [...steps.entries()].filter(([step]) => step.split(" > ").length <= 3);
  for (const [step, s] of top.sort((a, b) => b[1] - a[1])) log(`  ${s.toFixed(2).padStart(8)}  ${step}`);
}

function seconds(duration: string) {
  const match = /^([\d.]+)(ms|s|µs|ns|m)?$/.exec(duration.trim());
  if (!match) return 0;
  const n = Number(match[1]);
  return { ms: n / 1000, s: n, µs: n / 1e6, ns: n / 1e9, m: n * 60 }[match[2] ?? "s"] ?? 0;
}
