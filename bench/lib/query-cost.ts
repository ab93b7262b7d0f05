// Step 5: query cost in PostgreSQL. For a sample of the mix, search() runs in this process
// while node-postgres is watched: every statement the engine sends that reads the search
// tables is timed as the driver sees it (PostgreSQL + wire), then replayed under
// EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON). search()'s wall time minus the driver time is
// the engine's Node time (parsing, synonyms, building SQL, mapping hits and facets).
import "server-only";
import pg from "pg";
import { resolveSearchParams } from "@/lib/search/resolve-search-params";
import { search } from "@/lib/search/search";
import { SESSION_OPTIONS } from "@/lib/db/session-options";
import { captureSql } from "./capture-sql";
import { FLOOR_PATH } from "./load-suite";
import { planFacts, type ExplainJson } from "./plan-facts";
import { searchPath, type MixEntry } from "./query-mix";
import { summarize } from "./stats";
import type { QueryCost } from "./types";

const SEARCH_TABLES = /\bsearch_(document|vocabulary)\b/;

// The engine's own cost: never an answer from the result cache (lib/search/result-cache.ts).
const FRESH = { fresh: true };

async function timedGet(url: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return performance.now() - started;
}

export async function measureQueryCost(databaseUrl: string, baseUrl: string, sample: MixEntry[]): Promise<QueryCost> {
  // The app's session settings: a replay must be planned as the app's own query is.
  const explainer = new pg.Client({ connectionString: databaseUrl, options: SESSION_OPTIONS });
  await explainer.connect();
  const planning: number[] = [];
  const execution: number[] = [];
  const buffers: number[] = [];
  const wall: number[] = [];
  const driver: number[] = [];
  const node: number[] = [];
  const statements: number[] = [];
  const request: number[] = [];
  const floor: number[] = [];
  const route: number[] = [];
  const seqScans = new Map<string, number>();
  const indexes = new Set<string>();
  const seqScanQueries: string[] = [];
  const skipped: string[] = [];
  try {
    for (const entry of sample) {
      const { lang, ...rest } = entry.params;
      const resolved = await resolveSearchParams(new URLSearchParams(rest as Record<string, string>), lang);
      if (!resolved.ok) {
        skipped.push(`#${entry.id} ${JSON.stringify(resolved.fieldErrors)}`);
        continue;
      }
      await search(resolved.query, FRESH); // warm: synonyms cache, plans, buffers
      const capture = captureSql((text) => SEARCH_TABLES.test(text));
      let elapsed: number;
      try {
        const started = performance.now();
        await search(resolved.query, FRESH);
        elapsed = performance.now() - started;
      } finally {
        capture.restore();
      }
      const captured = capture.take();
      // The same query over HTTP, one at a time, and the floor right after: what the server adds.
      const requestMs = await timedGet(baseUrl + searchPath(entry.params), { "cache-control": "no-cache" });
      const floorMs = await timedGet(baseUrl + FLOOR_PATH);
      request.push(requestMs);
      floor.push(floorMs);
      route.push(requestMs - floorMs - elapsed);
      const driverTime = captured.reduce((sum, query) => sum + query.ms, 0);
      wall.push(elapsed);
      driver.push(driverTime);
      node.push(elapsed - driverTime);
      statements.push(captured.length);
      // One search may send several statements (typo corrections, then a retry): costs add up.
      let plan = 0;
      let exec = 0;
      let blocks = 0;
      const relations = new Set<string>();
      for (const query of captured) {
        const explain = `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`;
        const { rows } = await explainer.query(explain, query.values as unknown[]);
        const facts = planFacts(rows[0]["QUERY PLAN"] as ExplainJson);
        plan += facts.planningMs;
        exec += facts.executionMs;
        blocks += facts.buffers;
        facts.seqScans.forEach((relation) => relations.add(relation));
        facts.indexes.forEach((index) => indexes.add(index));
      }
      planning.push(plan);
      execution.push(exec);
      buffers.push(blocks);
      for (const relation of relations) seqScans.set(relation, (seqScans.get(relation) ?? 0) + 1);
      if (relations.has("search_document")) seqScanQueries.push(`#${entry.id} ${JSON.stringify(entry.params)}`);
    }
  } finally {
    await explainer.end();
  }
  return {
    sampled: wall.length,
    planningMs: summarize(planning),
    executionMs: summarize(execution),
    buffers: summarize(buffers),
    seqScans: [...seqScans].map(([relation, queries]) => ({ relation, queries })).sort((a, b) => b.queries - a.queries),
    indexesUsed: [...indexes].sort(),
    note:
      "Per search: all statements it sent to the search tables, summed." +
      (skipped.length ? ` Skipped as invalid: ${skipped.join("; ")}.` : ""),
    searchWallMs: summarize(wall),
    driverMs: summarize(driver),
    nodeMs: summarize(node),
    statementsPerSearch: summarize(statements),
    requestMs: summarize(request),
    floorMs: summarize(floor),
    routeMs: summarize(route),
    seqScanQueries,
  };
}
