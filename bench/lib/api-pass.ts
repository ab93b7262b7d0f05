// One sequential pass of the whole mix through GET /api/search before any load: it warms the
// server, proves every query of the mix is valid (200), and collects the API's own tookMs.
import { searchPath, type MixEntry } from "./query-mix";
import { summarize } from "./stats";

export async function apiPass(baseUrl: string, mix: MixEntry[]) {
  const took: number[] = [];
  const failures: string[] = [];
  let empty = 0;
  for (const entry of mix) {
    const response = await fetch(baseUrl + searchPath(entry.params));
    if (!response.ok) {
      failures.push(
        `query ${entry.id} (${entry.params.q}): HTTP ${response.status} ${(await response.text()).slice(0, 200)}`,
      );
      continue;
    }
    const body = (await response.json()) as { tookMs: number; total: number };
    took.push(body.tookMs);
    if (body.total === 0) empty++;
  }
  return { tookMs: summarize(took), failures, empty };
}

/** The first hit of a query, for the page-weight pages and the no-JavaScript check. */
export async function firstHit(baseUrl: string, q: string, lang: "fr" | "en") {
  const response = await fetch(baseUrl + searchPath({ q, lang }));
  if (!response.ok) throw new Error(`GET /api/search failed: HTTP ${response.status}`);
  const body = (await response.json()) as { hits: { slug: string; name: string | { text: string } }[] };
  const hit = body.hits[0];
  if (!hit) throw new Error(`no hit for "${q}"`);
  return { slug: hit.slug, name: typeof hit.name === "string" ? hit.name : hit.name.text };
}
