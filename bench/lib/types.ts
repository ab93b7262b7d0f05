// Shape of bench/results/latest.json: every raw figure of one run.
import type { Summary } from "./stats";

/**
 * search: the mix as a client sends it, so repeated queries may be answered by the result
 * cache (lib/search/result-cache.ts); search-uncached: the same requests with
 * `Cache-Control: no-cache`, so the engine computes every one, as if all were distinct.
 */
export type Endpoint = "search" | "search-uncached" | "floor";

export type LoadRun = {
  endpoint: Endpoint;
  /** closed: N connections as fast as they can; rate: open model at a fixed overall rate. */
  mode: "closed" | "rate";
  connections: number;
  rate: number | null;
  durationS: number;
  requests: number;
  requestsPerS: number;
  latencyMs: Summary;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type QueryCost = {
  sampled: number;
  planningMs: Summary;
  executionMs: Summary;
  /** Sum of shared buffers hit + read per query. */
  buffers: Summary;
  seqScans: { relation: string; queries: number }[];
  indexesUsed: string[];
  note: string;
  /** search() in this process, warm: whole call, time waiting on PostgreSQL (driver), the rest. */
  searchWallMs: Summary;
  driverMs: Summary;
  nodeMs: Summary;
  statementsPerSearch: Summary;
  /** The same queries over HTTP one at a time, the floor after each, and request − floor − search(). */
  requestMs: Summary;
  floorMs: Summary;
  routeMs: Summary;
  /** Queries of the sample whose plan scans search_document sequentially. */
  seqScanQueries: string[];
};

export type SizeResult = {
  label: string;
  /** The engine that answered GET /api/search (both are measured at every size by default). */
  engine: "postgres" | "meilisearch";
  services: number;
  seeding: { services: number; seconds: number; perS: number } | null;
  /** The full reindex of this engine (PostgreSQL documents, or a Meilisearch index swapped in). */
  reindex: { documents: number; seconds: number; perS: number } | null;
  load: LoadRun[];
  /** Server-side tookMs reported by the API over one pass of the mix (Node + PostgreSQL, no HTTP). */
  apiTookMs: Summary | null;
  queryCost: QueryCost | null;
  editToSearchableMs: (Summary & { failures: number; path: string }) | null;
  errors: string[];
};

export type PageWeight = {
  name: string;
  url: string;
  status: number;
  bytes: { document: number; css: number; js: number; other: number; total: number };
  requests: number;
};

export type LighthouseScores = {
  name: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Accessibility audits that did not pass (ids), so that a score under 100 says why. */
  accessibilityFailures?: string[];
  error?: string;
};

export type Machine = {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  chromium: string;
  commit: string;
  dirty: boolean;
  date: string;
};

export type TargetRow = {
  target: string;
  value: number;
  limit: number;
  comparator: "<=" | ">=" | "==";
  unit: string;
  met: boolean | null;
  margin: string;
};

export type BenchResults = {
  mode: "quick" | "full" | "smoke";
  mix: { version: number; queries: number };
  machine: Machine;
  sizes: SizeResult[];
  pages: PageWeight[];
  searchWithoutJs: { url: string; works: boolean; detail: string } | null;
  /** The agents' console: keystroke → results painted, ms (bench/lib/console-latency.ts). */
  consoleLatency: (Summary & { queries: number; unanswered: string[]; reopened: number }) | null;
  lighthouse: LighthouseScores[];
  targets: TargetRow[];
  durationS: number;
  errors: string[];
};
