// Step 2: the data of one size: seeded with the demo generator (timed: seeding throughput,
// which includes the generator's own first index build), then a timed full reindex.
import { reindexAll } from "@/lib/search/reindex";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";
import { analyze, existingDatabase, freshDatabase, withClient, type BenchCluster } from "./cluster";
import type { SizeResult } from "./types";

export async function prepareData(
  cluster: BenchCluster,
  services: number,
  reuse: boolean,
  log: (line: string) => void,
): Promise<{ url: string; seeding: SizeResult["seeding"]; reindex: SizeResult["reindex"] }> {
  const name = `bench_${services}`;
  let url = reuse ? await existingDatabase(cluster, name, services) : null;
  let seeding: SizeResult["seeding"] = null;
  if (url) {
    log(`Reusing ${name} (${services.toLocaleString("en-US")} services).`);
  } else {
    url = await freshDatabase(cluster, name);
    log(`Seeding ${services.toLocaleString("en-US")} services…`);
    const started = performance.now();
    const counts = await seedDemoDirectory(url, { services, log: (line) => log(`  ${line}`) });
    const seconds = (performance.now() - started) / 1000;
    seeding = { services: counts.services, seconds, perS: counts.services / seconds };
  }
  log("Full reindex…");
  const started = performance.now();
  const { indexed } = await reindexAll(url);
  const seconds = (performance.now() - started) / 1000;
  const documents = await withClient(url, async (client) => {
    return Number((await client.query("SELECT count(*)::int AS n FROM search_document")).rows[0].n);
  });
  log(
    `  ${indexed.toLocaleString("en-US")} services → ${documents.toLocaleString("en-US")} documents in ${seconds.toFixed(1)} s`,
  );
  await analyze(url);
  return { url, seeding, reindex: { documents: indexed, seconds, perS: indexed / seconds } };
}
