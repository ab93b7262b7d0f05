// The engine contract against a REAL Meilisearch (never a fake server): runs when MEILI_URL
// is set (e.g. `docker compose up meilisearch`, then MEILI_URL=http://localhost:7700
// MEILI_MASTER_KEY=… npm test -- integration), and says plainly that it was skipped when not.
import { afterAll, describe, expect, it } from "vitest";
import { searchEngineContract } from "@/tests/search/engine-contract";
import { createMeiliClient, meiliConfigFromEnv, succeeded } from "./client";
import { createMeilisearchEngine, ensureIndex } from "./meilisearch-engine";
import { FILTERABLE_ATTRIBUTES } from "./settings";

const config = meiliConfigFromEnv();
if (!config) console.warn("Meilisearch contract tests skipped: MEILI_URL is not set");

describe.skipIf(!config)("Meilisearch engine (real server at MEILI_URL)", () => {
  // A throwaway index per run, so that parallel runs and a real deployment are never touched.
  const indexUid = `test_${Date.now()}_${process.pid}`;
  const client = config ? createMeiliClient(config) : null!;

  afterAll(async () => {
    if (config) await client.deleteIndexIfExists(indexUid);
  });

  searchEngineContract("meilisearch", async () => createMeilisearchEngine({ client, indexUid }));

  it("applies the settings from code when it creates the index", async () => {
    await ensureIndex(client, indexUid);
    const settings = await client.index(indexUid).getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(FILTERABLE_ATTRIBUTES));
    expect(settings.localizedAttributes).toHaveLength(2);
  });

  it("treats a failed task as a failure, not as accepted", async () => {
    // Adding a document without its primary key is accepted (enqueued) and then fails.
    await expect(succeeded(client.index(indexUid).addDocuments([{ name_fr: "sans id" }]))).rejects.toThrow(
      /ended "failed"/,
    );
  });
});
