// Which engine answers, from the environment: SEARCH_ENGINE when set, otherwise Meilisearch
// whenever one is configured (MEILI_URL, which `npm run dev`/`npm start` set for the embedded
// server), otherwise PostgreSQL. Shared by the registry, the full reindex and the relay.
export type EngineName = "postgres" | "meilisearch" | (string & {});

export function configuredEngineName(env: Partial<Record<string, string>> = process.env): EngineName {
  return env.SEARCH_ENGINE?.trim() || (env.MEILI_URL ? "meilisearch" : "postgres");
}
