// The benchmark's own embedded Meilisearch (never the dev one): a free port, a data folder
// .data/meilisearch-bench deleted at the end, and a timed full reindex per data size.
import fs from "node:fs";
import path from "node:path";
import {
  freeLoopbackPort,
  MEILISEARCH_VERSION,
  startEmbeddedMeilisearch,
} from "@/lib/search/meilisearch/embedded-meilisearch";
import { reindexMeilisearch } from "@/lib/search/meilisearch/reindex-meilisearch";
import type { SizeResult } from "./types";

export type BenchMeilisearch = { url: string; stop(): Promise<void> };

const DIR = path.resolve(".data", "meilisearch-bench");

export async function startBenchMeilisearch(log: (line: string) => void): Promise<BenchMeilisearch> {
  fs.rmSync(DIR, { recursive: true, force: true });
  const port = await freeLoopbackPort();
  const meili = await startEmbeddedMeilisearch({ dir: DIR, port, keyFile: path.join(DIR, "master-key") });
  // The app under test (next start) and this process's relay read these.
  Object.assign(process.env, { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: "services" });
  log(`Meilisearch ${MEILISEARCH_VERSION} (embedded) on ${meili.url}.`);
  return {
    url: meili.url,
    stop: async () => {
      await meili.stop();
      fs.rmSync(DIR, { recursive: true, force: true });
    },
  };
}

/** A full reindex (new index filled from PostgreSQL, then swapped in), timed. */
export async function indexBenchMeilisearch(
  _meili: BenchMeilisearch,
  log: (line: string) => void,
): Promise<NonNullable<SizeResult["reindex"]>> {
  const started = performance.now();
  const { indexed } = await reindexMeilisearch();
  const seconds = (performance.now() - started) / 1000;
  log(`  ${indexed.toLocaleString("en-US")} services indexed in Meilisearch in ${seconds.toFixed(1)} s`);
  return { documents: indexed, seconds, perS: indexed / seconds };
}
