import "server-only";
import type { Index, Meilisearch, MultiSearchParams } from "meilisearch";
import type { SearchEngine, SearchLocale, SearchQuery, SearchResult } from "../types";
import { MAX_QUERY_LENGTH } from "../types";
import { succeeded } from "./client";
import { meiliErrorCode } from "./http-client";
import { buildServiceDocument, type MeiliServiceDocument } from "./document";
import { combine, filterParts, geoSort, type FacetAttribute } from "./filter-builder";
import { loadFacetLabels } from "./facet-labels";
import { loadPublicServiceRows, loadSynonymGroups } from "./load-rows";
import { FACET_ATTRIBUTES, indexSettings, synonymsMap } from "./settings";
import { DISPLAY_ATTRIBUTES, toResult, type MeiliHit } from "./to-result";

export type MeilisearchEngineOptions = {
  client: Meilisearch;
  indexUid: string;
  /** How long index() waits for Meilisearch to confirm a task. */
  taskTimeoutMs?: number;
};

const LOCALES: Record<SearchLocale, string[]> = { fr: ["fra"], en: ["eng"] };

/** Creates the index with its settings when it does not exist yet (first start, fresh volume). */
export async function ensureIndex(client: Meilisearch, indexUid: string, taskTimeoutMs = 60_000) {
  try {
    await client.getRawIndex(indexUid);
    return;
  } catch (error) {
    if (meiliErrorCode(error) !== "index_not_found") throw error;
  }
  await succeeded(client.createIndex(indexUid, { primaryKey: "id" }), taskTimeoutMs).catch((error) => {
    // Another instance created it first: fine.
    if (meiliErrorCode(error) !== "index_already_exists") throw error;
  });
  await succeeded(client.index(indexUid).updateSettings(indexSettings(await loadSynonymGroups())), taskTimeoutMs);
}

// The thesaurus is data edited in the back-office: the relay carries an edit to
// Meilisearch's settings within a minute of the next delivery (compared, not re-sent).
const SYNONYMS_TTL_MS = 60_000;
type SynonymState = { checkedAt: number; sent: string | null };

async function syncSynonyms(index: Index<MeiliServiceDocument>, state: SynonymState, taskTimeoutMs: number) {
  if (Date.now() - state.checkedAt < SYNONYMS_TTL_MS) return;
  const synonyms = synonymsMap(await loadSynonymGroups());
  const serialized = JSON.stringify(synonyms);
  state.sent ??= JSON.stringify(synonymsMap(Object.entries(await index.getSynonyms()).map(([k, v]) => [k, ...v])));
  if (serialized !== state.sent) await succeeded(index.updateSynonyms(synonyms), taskTimeoutMs);
  state.sent = serialized;
  state.checkedAt = Date.now();
}

/** Upserts the public ones, deletes the others; returns only once Meilisearch confirmed both. */
export async function indexServices(index: Index<MeiliServiceDocument>, serviceIds: string[], taskTimeoutMs: number) {
  const ids = [...new Set(serviceIds)];
  if (ids.length === 0) return;
  const now = new Date();
  const documents = (await loadPublicServiceRows(ids)).map((row) => buildServiceDocument(row, now));
  const kept = new Set(documents.map((d) => d.id));
  const removed = ids.filter((id) => !kept.has(id));
  if (documents.length > 0) await succeeded(index.addDocuments(documents, { primaryKey: "id" }), taskTimeoutMs);
  if (removed.length > 0) await succeeded(index.deleteDocuments(removed), taskTimeoutMs);
}

/**
 * One multi-search request: the page of hits with every facet counted under all filters,
 * plus, for each facet that is filtered, its counts without its own filter (disjunctive
 * facets, as the PostgreSQL engine does). Like that engine, all words must match, and only
 * when nothing does are words dropped (from the end) so a natural phrase still finds something.
 */
async function searchWithFacets(client: Meilisearch, indexUid: string, q: string, query: SearchQuery, now: Date) {
  const parts = filterParts(query, now);
  const sort = query.near ? [geoSort(query.near)] : q ? undefined : [`name_sort_${query.locale}:asc`];
  const common = { indexUid, q, locales: LOCALES[query.locale] };
  const run = async (matchingStrategy: "all" | "last") => {
    const filtered = Object.keys(parts.facets) as FacetAttribute[];
    const { results } = await client.multiSearch<MultiSearchParams, MeiliHit>({
      queries: [
        {
          ...common,
          matchingStrategy,
          filter: combine(parts),
          facets: FACET_ATTRIBUTES,
          attributesToRetrieve: [...DISPLAY_ATTRIBUTES],
          sort,
          page: query.page,
          hitsPerPage: query.perPage,
        },
        ...filtered.map((attribute) => ({
          ...common,
          matchingStrategy,
          filter: combine(parts, attribute),
          facets: [attribute],
          limit: 0,
        })),
      ],
    });
    const [main, ...perFacet] = results;
    const facetDistribution = { ...main.facetDistribution };
    filtered.forEach(
      (attribute, i) => (facetDistribution[attribute] = perFacet[i].facetDistribution?.[attribute] ?? {}),
    );
    return { hits: main.hits, totalHits: main.totalHits ?? 0, facetDistribution };
  };
  const strict = await run("all");
  if (strict.totalHits > 0 || !q.includes(" ")) return strict;
  return run("last");
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const { client, indexUid, taskTimeoutMs = 30_000 } = options;
  const index = client.index<MeiliServiceDocument>(indexUid);
  let ready: Promise<void> | null = null;
  const synonymState: SynonymState = { checkedAt: 0, sent: null };
  const ensureReady = () => (ready ??= ensureIndex(client, indexUid).catch((e) => ((ready = null), Promise.reject(e))));

  return {
    name: "meilisearch",

    async search(query: SearchQuery): Promise<SearchResult> {
      const started = Date.now();
      const now = query.now ?? new Date();
      const q = query.q.trim().slice(0, MAX_QUERY_LENGTH);
      const [response, labels] = await Promise.all([
        searchWithFacets(client, indexUid, q, query, now),
        loadFacetLabels(),
      ]);
      return toResult(response, query, labels, Date.now() - started, now);
    },

    async index(serviceIds: string[]) {
      await ensureReady();
      await syncSynonyms(index, synonymState, taskTimeoutMs);
      await indexServices(index, serviceIds, taskTimeoutMs);
    },

    async suggest(prefix: string, locale: SearchLocale, limit: number) {
      const q = prefix.trim().slice(0, MAX_QUERY_LENGTH);
      if (!q) return [];
      const response = await index.search<Pick<MeiliServiceDocument, "name_fr" | "name_en">>(q, {
        limit: Math.min(Math.max(limit, 1), 20) * 2,
        attributesToRetrieve: ["name_fr", "name_en"],
        attributesToSearchOn: ["name_fr", "name_en", "alternate_name", "category_names_fr", "category_names_en"],
        locales: LOCALES[locale],
      });
      const names = response.hits.map((hit) => (locale === "en" && hit.name_en) || hit.name_fr);
      return [...new Set(names)].slice(0, limit);
    },
  };
}
