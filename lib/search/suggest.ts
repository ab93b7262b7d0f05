import "server-only";
import { getSearchEngine } from "./engine";
import type { SearchLocale } from "./types";

const DEFAULT_LIMIT = 8;

/** Type-ahead suggestions (service names) for what has been typed so far. */
export async function suggest(prefix: string, locale: SearchLocale, limit = DEFAULT_LIMIT): Promise<string[]> {
  if (!prefix.trim()) return [];
  return (await getSearchEngine()).suggest(prefix, locale, limit);
}
