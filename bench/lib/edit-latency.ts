// Step 6: edit → searchable. Each edit goes through updateService (the back-office's domain
// function: permission, validation, one transaction with audit and outbox rows, then the
// relay's wake-up) and adds a unique word to the service's French name; the clock stops when
// GET /api/search on the running production server returns that service for that word.
import "server-only";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { updateService } from "@/lib/directory/update-service";
import { currentServiceInput } from "./service-input";
import { summarize } from "./stats";

const POLL_MS = 10;
const GIVE_UP_MS = 10_000;
const MARKER = /\s+zq[a-z]+$/; // the word an earlier run added, removed before adding ours

/** A word no record contains: letters only (digits are not corrected nor stemmed alike). */
export function markerWord(run: number, edit: number) {
  const letters = (n: number) => {
    let out = "";
    do {
      out = String.fromCharCode(97 + (n % 26)) + out;
      n = Math.floor(n / 26);
    } while (n > 0);
    return out;
  };
  return `zq${letters(run)}x${letters(edit)}`;
}

async function visible(baseUrl: string, word: string, id: string) {
  const response = await fetch(`${baseUrl}/api/search?q=${word}&lang=fr&per_page=5`);
  if (!response.ok) return false;
  const body = (await response.json()) as { hits: { id: string }[] };
  return body.hits.some((hit) => hit.id === id);
}

export async function measureEditToSearchable(baseUrl: string, edits: number, log: (line: string) => void) {
  // Public services only (those with a search document), spread over the whole table.
  const rows = await db.$queryRaw<{ service_id: string }[]>`
    SELECT service_id::text FROM search_document ORDER BY md5(service_id::text) LIMIT ${edits}`;
  const run = Math.floor(Date.now() / 1000) % 26 ** 5;
  const latencies: number[] = [];
  let failures = 0;
  for (const [index, row] of rows.entries()) {
    const id = row.service_id;
    const input = await currentServiceInput(id);
    const word = markerWord(run, index);
    const nameFr = `${input.nameFr.replace(MARKER, "").slice(0, 180)} ${word}`;
    const started = performance.now();
    await updateService(SYSTEM_ACTOR, id, { ...input, nameFr });
    let found = false;
    while (performance.now() - started < GIVE_UP_MS) {
      if (await visible(baseUrl, word, id)) {
        found = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    if (found) latencies.push(performance.now() - started);
    else failures++;
    if ((index + 1) % 25 === 0) log(`  … ${index + 1} edits`);
  }
  return { ...summarize(latencies), failures };
}
