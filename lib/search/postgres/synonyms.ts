import "server-only";
import { db } from "@/lib/db/client";
import { prepareSynonymGroups, type SynonymGroup } from "../query-parser";

// The thesaurus is data (search_synonym_group), edited without code changes; a search reads
// it from memory, refreshed at most every minute.
const TTL_MS = 60_000;
let cache: { groups: SynonymGroup[]; loadedAt: number } | null = null;

export async function loadSynonymGroups(): Promise<SynonymGroup[]> {
  if (cache && Date.now() - cache.loadedAt < TTL_MS) return cache.groups;
  const rows = await db.searchSynonymGroup.findMany({ select: { terms: true } });
  cache = { groups: prepareSynonymGroups(rows.map((row) => row.terms)), loadedAt: Date.now() };
  return cache.groups;
}

/** Tests and the admin screen that edits synonyms call this to see their change at once. */
export function clearSynonymCache() {
  cache = null;
}
