import "server-only";
import { getSearchEngine } from "./engine";
import type { SearchQuery, SearchResult } from "./types";

/** The one way to search: the pages and the JSON API call this, whatever the engine. */
export async function search(query: SearchQuery): Promise<SearchResult> {
  return (await getSearchEngine()).search(query);
}
