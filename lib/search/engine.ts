import "server-only";
import { configuredEngineName } from "./engine-name";
import { meilisearchEngineFromEnv } from "./meilisearch/from-env";
import { postgresEngine } from "./postgres/engine";
import type { SearchEngine } from "./types";

// Which engine answers is configuration (SEARCH_ENGINE, lib/search/engine-name.ts), never code in pages. A second
// engine registers here and implements SearchEngine (lib/search/types.ts).
const engines: Record<string, () => SearchEngine | Promise<SearchEngine>> = {
  postgres: () => postgresEngine,
  // Meilisearch, answered by PostgreSQL when it is down or slow (lib/search/fallback-engine.ts).
  meilisearch: () => meilisearchEngineFromEnv(),
};

export function registerSearchEngine(name: string, factory: () => SearchEngine | Promise<SearchEngine>) {
  engines[name] = factory;
}

export async function getSearchEngine(): Promise<SearchEngine> {
  const name = configuredEngineName();
  const factory = engines[name];
  if (!factory) throw new Error(`Unknown SEARCH_ENGINE "${name}" (known: ${Object.keys(engines).join(", ")})`);
  return factory();
}
