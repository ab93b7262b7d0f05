import client from "prom-client";

/**
 * Prometheus metrics of this instance, served at /api/metrics (closed to the public). One
 * registry per process (globalThis: the proxy, the pages and the route handlers are separate
 * bundles of one process). Labels never carry personal data or free text.
 */
function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const metric = <T>(make: (registers: client.Registry[]) => T) => make([registry]);
  return {
    registry,
    httpDuration: metric(
      (registers) =>
        new client.Histogram({
          name: "http_request_duration_seconds",
          help: "Time to answer an HTTP request, by route template, method and status class.",
          labelNames: ["route", "method", "status"] as const,
          buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
          registers,
        }),
    ),
    searchDuration: metric(
      (registers) =>
        new client.Histogram({
          name: "search_duration_seconds",
          help: "Time of one search() call, by the engine configured to answer it.",
          labelNames: ["engine", "outcome"] as const,
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2],
          registers,
        }),
    ),
    searchCache: metric(
      (registers) =>
        new client.Counter({
          name: "search_cache_total",
          help: "Searches answered from this instance's exact result cache (hit) or by the engine (miss).",
          labelNames: ["outcome"] as const,
          registers,
        }),
    ),
    searchFallbacks: metric(
      (registers) =>
        new client.Counter({
          name: "search_fallbacks_total",
          help: "Searches the primary engine failed or was too slow for, answered by PostgreSQL.",
          registers,
        }),
    ),
    signIn: metric(
      (registers) =>
        new client.Counter({
          name: "sign_in_attempts_total",
          help: "Staff sign-in attempts by outcome (success, failure, throttled).",
          labelNames: ["outcome"] as const,
          registers,
        }),
    ),
    rateLimited: metric(
      (registers) =>
        new client.Counter({
          name: "rate_limited_total",
          help: "Requests refused with 429, by limiter.",
          labelNames: ["limiter"] as const,
          registers,
        }),
    ),
  };
}

type Metrics = ReturnType<typeof create>;
const holder = globalThis as unknown as { repertoireMetrics?: Metrics };
export const metrics: Metrics = (holder.repertoireMetrics ??= create());

/** Gauges read at scrape time (outbox backlog, database pool), registered once by /api/metrics. */
export function registerScrapeGauges(read: {
  outbox: () => Promise<{ pending: number; oldestSeconds: number | null }>;
  pool: () => { total: number; idle: number; waiting: number } | null;
}) {
  const registers = [metrics.registry];
  if (metrics.registry.getSingleMetric("search_outbox_pending")) return;
  let last: Promise<{ pending: number; oldestSeconds: number | null }> | null = null;
  const outbox = () => (last ??= read.outbox().finally(() => setTimeout(() => (last = null), 1_000)));
  new client.Gauge({
    name: "search_outbox_pending",
    help: "Search-outbox rows not yet delivered to the search engine.",
    registers,
    async collect() {
      this.set((await outbox()).pending);
    },
  });
  new client.Gauge({
    name: "search_outbox_oldest_seconds",
    help: "Age of the oldest undelivered search-outbox row (0 when none).",
    registers,
    async collect() {
      this.set((await outbox()).oldestSeconds ?? 0);
    },
  });
  new client.Gauge({
    name: "db_pool_connections",
    help: "Database connections of this instance's pool, by state.",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const pool = read.pool();
      if (!pool) return;
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
}
