import "server-only";
import { metrics } from "@/lib/observability/metrics";
import { getSearchEngine } from "./engine";
import { ResultCache, cacheKey, epochOf } from "./result-cache";
import { searchGeneration } from "./search-changes";
import type { SearchQuery, SearchResult } from "./types";

export type SearchOptions = {
  /** Ask the engine even if an exact cached result exists (`Cache-Control: no-cache`, the bench). */
  fresh?: boolean;
};

// SEARCH_CACHE_ENTRIES results are kept per instance (0 turns the cache off): some tens of KB
// each with their facets, so the default 500 holds the popular searches in ~25 MB.
function cacheEntries(value = process.env.SEARCH_CACHE_ENTRIES): number {
  const entries = Number(value ?? 500);
  if (!Number.isInteger(entries) || entries < 0)
    throw new Error(`SEARCH_CACHE_ENTRIES must be a whole number of results (0 = no cache), not "${value}".`);
  return entries;
}
const globalForCache = globalThis as unknown as { searchResults?: ResultCache<SearchResult> };
const cache = (globalForCache.searchResults ??= new ResultCache(cacheEntries()));

/** The one way to search: the pages and the JSON API call this, whatever the engine. */
export async function search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
  const engine = await getSearchEngine();
  // A query with its own clock (tests) is never cached; nor is anything while changes cannot be heard.
  const generation = query.now || cache.capacity === 0 ? null : searchGeneration();
  const key = generation === null ? null : cacheKey(engine.name, query);
  const epoch = generation === null ? null : epochOf(generation, Date.now());
  if (key && epoch && !options.fresh) {
    const cached = cache.get(key, epoch);
    metrics.searchCache.inc({ outcome: cached ? "hit" : "miss" });
    if (cached) return cached;
  }
  const end = metrics.searchDuration.startTimer({ engine: engine.name });
  try {
    const result = await engine.search(query);
    end({ outcome: "ok" });
    if (key && epoch) {
      const now = searchGeneration();
      if (now !== null) cache.set(key, result, epoch, epochOf(now, Date.now()));
    }
    return result;
  } catch (error) {
    end({ outcome: "error" });
    throw error;
  }
}
