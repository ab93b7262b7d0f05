import "server-only";
import { withFallback, type FallbackEngine } from "../fallback-engine";
import { postgresEngine } from "../postgres/engine";
import { createMeiliClient, meiliConfigFromEnv } from "./client";
import { createMeilisearchEngine } from "./meilisearch-engine";

// One instance per process (kept on globalThis across dev hot reloads), so that the
// fallback's "log once per outage" and its degraded state are per process, not per request.
const globalForMeili = globalThis as unknown as { meiliEngine?: FallbackEngine };

/** SEARCH_ENGINE=meilisearch: Meilisearch, answered by PostgreSQL when it is down or slow. */
export function meilisearchEngineFromEnv(): FallbackEngine {
  if (globalForMeili.meiliEngine) return globalForMeili.meiliEngine;
  const config = meiliConfigFromEnv();
  if (!config) throw new Error("SEARCH_ENGINE=meilisearch needs MEILI_URL (and MEILI_MASTER_KEY or MEILI_API_KEY).");
  const client = createMeiliClient(config);
  const engine = createMeilisearchEngine({ client, indexUid: config.indexUid });
  const timeoutMs = Number(process.env.MEILI_SEARCH_TIMEOUT_MS ?? 800);
  const probe = async () => {
    await client.health();
  };
  return (globalForMeili.meiliEngine = withFallback(engine, postgresEngine, { timeoutMs, probe }));
}
