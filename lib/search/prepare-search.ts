// The one place that decides which search engine `npm run dev` / `npm start` use, like
// lib/db/prepare-database.ts for PostgreSQL: SEARCH_ENGINE=postgres → PostgreSQL only;
// MEILI_URL → that Meilisearch; otherwise the embedded Meilisearch (.data/meilisearch) where
// its binary runs, else PostgreSQL. It returns the environment the app must be started with.
import "server-only";
import {
  DEFAULT_MEILI_DIR,
  DEFAULT_MEILI_PORT,
  MEILISEARCH_VERSION,
  startEmbeddedMeilisearch,
} from "./meilisearch/embedded-meilisearch";
import { FILTERABLE_ATTRIBUTES, filterableNames } from "./meilisearch/settings";

export type PreparedSearch = {
  engine: "postgres" | "meilisearch";
  /** Variables to pass to the app (SEARCH_ENGINE, and MEILI_* for the embedded server). */
  env: Record<string, string>;
  embedded: boolean;
  stop(): Promise<void>;
};

const CHOOSE_POSTGRES = "To search with PostgreSQL only, set SEARCH_ENGINE=postgres.";

export async function prepareSearch(log: (line: string) => void = console.log): Promise<PreparedSearch> {
  const requested = process.env.SEARCH_ENGINE?.trim();
  const none = async () => {};
  if (requested === "postgres") {
    log("Search: PostgreSQL (SEARCH_ENGINE=postgres). Unset it to search with Meilisearch.");
    return { engine: "postgres", env: { SEARCH_ENGINE: "postgres" }, embedded: false, stop: none };
  }
  if (requested && requested !== "meilisearch") throw new Error(`Unknown SEARCH_ENGINE "${requested}".`);
  if (process.env.MEILI_URL) {
    log(
      `Search: Meilisearch at ${new URL(process.env.MEILI_URL).host} (from MEILI_URL), answered by PostgreSQL when it cannot.\n` +
        `        ${CHOOSE_POSTGRES}`,
    );
    return { engine: "meilisearch", env: { SEARCH_ENGINE: "meilisearch" }, embedded: false, stop: none };
  }
  const port = Number(process.env.MEILI_EMBEDDED_PORT ?? DEFAULT_MEILI_PORT);
  try {
    const started = Date.now();
    const meili = await startEmbeddedMeilisearch({ port });
    log(
      `Search: embedded Meilisearch ${MEILISEARCH_VERSION} in ${DEFAULT_MEILI_DIR} on ${meili.url} ` +
        `(${meili.started ? `started in ${Date.now() - started} ms` : "already running"}), answered by PostgreSQL when it cannot.\n` +
        `        ${CHOOSE_POSTGRES} To use another Meilisearch, set MEILI_URL and MEILI_MASTER_KEY.`,
    );
    return {
      engine: "meilisearch",
      env: { SEARCH_ENGINE: "meilisearch", MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey },
      embedded: true,
      stop: meili.stop,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(
      `Search: PostgreSQL — the embedded Meilisearch cannot run here (${reason}).\n` +
        `        To search with Meilisearch, set MEILI_URL and MEILI_MASTER_KEY to a Meilisearch ${MEILISEARCH_VERSION} server.`,
    );
    return { engine: "postgres", env: { SEARCH_ENGINE: "postgres" }, embedded: false, stop: none };
  }
}

/**
 * Fills the Meilisearch index from PostgreSQL when it is missing, empty, does not hold as
 * many documents as there are public services (first start, or a start after running on
 * PostgreSQL only, whose edits never reached it), or was built for other filters (an index
 * of an earlier version, whose documents lack a field the filters now ask). Needs
 * DATABASE_URL and MEILI_* set.
 */
export async function indexMeilisearchIfIncomplete(log: (line: string) => void = console.log) {
  const { createMeiliClient, meiliConfigFromEnv } = await import("./meilisearch/client");
  const { reindexMeilisearch } = await import("./meilisearch/reindex-meilisearch");
  const { countPublicServices } = await import("./meilisearch/load-rows");
  const config = meiliConfigFromEnv();
  if (!config) return;
  const client = createMeiliClient(config, 10_000);
  const index = client.index(config.indexUid);
  const documents = await index
    .getStats()
    .then((stats) => stats.numberOfDocuments)
    .catch(() => 0);
  const filters = await index
    .getFilterableAttributes()
    .then(filterableNames)
    .catch(() => []);
  const services = await countPublicServices();
  const complete = documents === services;
  if (complete && sameMembers(filters, FILTERABLE_ATTRIBUTES)) return;
  log(
    complete
      ? "Search: the Meilisearch index was built by an earlier version (other filters); rebuilding it (once)…"
      : `Search: the Meilisearch index holds ${documents} of ${services} services; indexing them (once)…`,
  );
  const started = Date.now();
  const { indexed } = await reindexMeilisearch();
  log(`Search: ${indexed} services indexed in Meilisearch in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function sameMembers(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && new Set([...a, ...b]).size === a.length;
}
