import "server-only";
import { metrics } from "@/lib/observability/metrics";
import { getSearchEngine } from "./engine";
import type { SearchQuery, SearchResult } from "./types";

/** The one way to search: the pages and the JSON API call this, whatever the engine. */
export async function search(query: SearchQuery): Promise<SearchResult> {
  const engine = await getSearchEngine();
  const end = metrics.searchDuration.startTimer({ engine: engine.name });
  try {
    const result = await engine.search(query);
    end({ outcome: "ok" });
    return result;
  } catch (error) {
    end({ outcome: "error" });
    throw error;
  }
}
