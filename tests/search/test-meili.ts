// The run's real Meilisearch (tests/setup/meilisearch-global-setup.ts) for integration tests,
// with a throwaway index per use so that test files never see each other's documents.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { withFallback } from "@/lib/search/fallback-engine";
import { createMeiliClient, type MeiliConfig } from "@/lib/search/meilisearch/client";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/meilisearch-engine";
import { postgresEngine } from "@/lib/search/postgres/engine";

export function testMeiliConfig(indexUid = `test_${Date.now()}_${randomBytes(3).toString("hex")}`): MeiliConfig {
  return { url: inject("meiliUrl"), apiKey: inject("meiliMasterKey") || undefined, indexUid };
}

/** As production composes it: Meilisearch, PostgreSQL kept current too and answering when Meilisearch cannot. */
export function testMeiliEngine(config = testMeiliConfig()) {
  const client = createMeiliClient(config);
  const primary = createMeilisearchEngine({ client, indexUid: config.indexUid });
  const engine = withFallback(primary, postgresEngine, {
    timeoutMs: 5000,
    probe: async () => void (await client.health()),
    log: () => {},
  });
  return { engine, primary, client, config };
}
