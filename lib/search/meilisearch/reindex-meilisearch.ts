import "server-only";
import { buildServiceDocument } from "./document";
import { createMeiliClient, meiliConfigFromEnv, succeeded } from "./client";
import { ensureIndex } from "./meilisearch-engine";
import { loadPublicServiceRows, loadSynonymGroups, publicServiceIdPages } from "./load-rows";
import { indexSettings } from "./settings";
import { db } from "@/lib/db/client";

const BATCH = 500;
const TASK_TIMEOUT_MS = 10 * 60_000;

export type MeiliReindexProgress = { indexed: number; total: number };

/**
 * Zero-downtime rebuild: fills a new index (settings from code) from PostgreSQL, then swaps
 * it with the live one in one atomic task and deletes the old copy. Searches keep answering
 * from the complete old index until the swap. Only a succeeded task counts.
 */
export async function reindexMeilisearch(onProgress?: (p: MeiliReindexProgress) => void) {
  const config = meiliConfigFromEnv();
  if (!config) throw new Error("MEILI_URL is not set.");
  const client = createMeiliClient(config, 30_000);
  const live = config.indexUid;
  const next = `${live}_build_${Date.now()}`;
  const total = await db.service.count({
    where: { deletedAt: null, status: { in: ["active", "temporarily_closed"] } },
  });
  await succeeded(client.createIndex(next, { primaryKey: "id" }), TASK_TIMEOUT_MS);
  try {
    await succeeded(client.index(next).updateSettings(indexSettings(await loadSynonymGroups())), TASK_TIMEOUT_MS);
    let indexed = 0;
    const now = new Date();
    for await (const ids of publicServiceIdPages(BATCH)) {
      const documents = (await loadPublicServiceRows(ids)).map((row) => buildServiceDocument(row, now));
      if (documents.length > 0) await succeeded(client.index(next).addDocuments(documents), TASK_TIMEOUT_MS);
      indexed += documents.length;
      onProgress?.({ indexed, total: Math.max(total, indexed) });
    }
    await ensureIndex(client, live, TASK_TIMEOUT_MS);
    await succeeded(client.swapIndexes([{ indexes: [live, next], rename: false }]), TASK_TIMEOUT_MS);
    return { indexed };
  } finally {
    // After the swap `next` holds the old documents; on failure, the half-built copy.
    await client.deleteIndexIfExists(next).catch(() => {});
  }
}
