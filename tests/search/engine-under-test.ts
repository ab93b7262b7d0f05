// The engines the outbox suites run against, each registered as the app's engine (so that the
// domain writes' relay wake-up and search() use it), with a way to read what it indexed.
import { afterAll } from "vitest";
import { registerSearchEngine } from "@/lib/search/engine";
import { postgresEngine } from "@/lib/search/postgres/engine";
import type { SearchEngine, SearchQuery, SearchResult } from "@/lib/search/types";
import { indexedDocument as postgresDocument } from "@/tests/factories/search-outbox";
import { meiliErrorCode } from "@/lib/search/meilisearch/http-client";
import { testMeiliEngine } from "./test-meili";

export type EngineUnderTest = {
  label: string;
  /** What the relay delivers to (for Meilisearch: Meilisearch and its PostgreSQL fallback). */
  engine: SearchEngine;
  /** Searches the engine itself, never a fallback: a hit proves this engine indexed it. */
  searchOnly(query: SearchQuery): Promise<SearchResult>;
  /** The engine's stored document of a service (null when it holds none). */
  indexedDocument(serviceId: string): Promise<Record<string, unknown> | null>;
  indexedName(serviceId: string): Promise<string | null>;
};

function registerAsAppEngine(name: string, engine: SearchEngine) {
  registerSearchEngine(name, () => engine);
  process.env.SEARCH_ENGINE = name;
}

export function postgresUnderTest(): EngineUnderTest {
  registerAsAppEngine("postgres", postgresEngine);
  return {
    label: "postgres",
    engine: postgresEngine,
    searchOnly: (query) => postgresEngine.search(query),
    indexedDocument: postgresDocument,
    indexedName: async (id) =>
      ((await postgresDocument(id))?.display as { nameFr?: string } | undefined)?.nameFr ?? null,
  };
}

export function meilisearchUnderTest(): EngineUnderTest {
  const { engine, primary, client, config } = testMeiliEngine();
  registerAsAppEngine("meilisearch-under-test", engine);
  afterAll(() => client.deleteIndexIfExists(config.indexUid).then(() => undefined));
  const indexedDocument = async (id: string) => {
    try {
      return (await client.index(config.indexUid).getDocument(id)) as Record<string, unknown>;
    } catch (error) {
      if (meiliErrorCode(error) === "document_not_found") return null;
      throw error;
    }
  };
  return {
    label: "meilisearch",
    engine,
    searchOnly: (query) => primary.search(query),
    indexedDocument,
    indexedName: async (id) => ((await indexedDocument(id))?.name_fr as string | undefined) ?? null,
  };
}
