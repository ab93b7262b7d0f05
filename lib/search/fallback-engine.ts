// Citizens always get results: when the primary engine (Meilisearch) fails, or is slower than
// a short timeout and does not answer its health check either, the PostgreSQL engine answers.
// A primary that is only busy (slow, but its health check answers) is waited for: at scale the
// fallback is slower per search, and sending it an overload would make the overload feed itself
// (measured at 200,000 services, bench/README.md). The switch is logged once per outage (not
// per request) and, for `retryAfterMs`, requests go straight to the fallback instead of paying
// the timeout again; then one request probes the primary.
import { metrics } from "@/lib/observability/metrics";
import { InvalidSearchQuery, type SearchEngine, type SearchQuery } from "./types";
import { logger } from "@/lib/observability/logger";

export type FallbackOptions = {
  timeoutMs?: number;
  retryAfterMs?: number;
  log?: (message: string) => void;
  /** A cheap liveness check of the primary (health endpoint), for /api/health on idle instances. */
  probe?: () => Promise<void>;
};

export type FallbackEngine = SearchEngine & {
  /** "degraded" while searches are answered by the fallback. */
  status(): "ok" | "degraded";
  lastError(): string | null;
  /** Runs the primary's liveness check (if any) and updates the status. */
  probe(): Promise<void>;
};

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function withFallback(
  primary: SearchEngine,
  fallback: SearchEngine,
  options: FallbackOptions = {},
): FallbackEngine {
  const { timeoutMs = 800, retryAfterMs = 30_000, log = (m: string) => logger.warn(m) } = options;
  let degradedSince: number | null = null;
  let lastFailure: string | null = null;

  function fail(error: unknown) {
    lastFailure = error instanceof Error ? error.message : String(error);
    if (degradedSince === null)
      log(`[search] ${primary.name} unavailable (${lastFailure}); answering from ${fallback.name} until it recovers.`);
    degradedSince = Date.now();
  }

  function recover() {
    if (degradedSince !== null) log(`[search] ${primary.name} answers again.`);
    degradedSince = null;
  }

  // One health check at a time, its answer kept for a second: under load, many requests time out together.
  let checking: Promise<boolean> | null = null;
  let checked = { at: -Infinity, alive: false };
  const alive = (): Promise<boolean> => {
    if (Date.now() - checked.at < 1_000) return Promise.resolve(checked.alive);
    return (checking ??= (options.probe ? within(options.probe(), timeoutMs) : Promise.reject(new Error("no probe")))
      .then(
        () => true,
        () => false,
      )
      .then((answer) => ((checked = { at: Date.now(), alive: answer }), answer))
      .finally(() => (checking = null)));
  };

  async function answer<T>(viaPrimary: () => Promise<T>, viaFallback: () => Promise<T>): Promise<T> {
    if (degradedSince !== null && Date.now() - degradedSince < retryAfterMs) {
      metrics.searchFallbacks.inc();
      return viaFallback();
    }
    const pending = viaPrimary();
    try {
      const result = await within(pending, timeoutMs).catch(async (error) => {
        // Slow but alive: wait for it (the client's own request timeout still bounds the wait).
        if (error instanceof Timeout && (await alive())) return pending;
        throw error;
      });
      recover();
      return result;
    } catch (error) {
      // A malformed query would fail on any engine: it is no sign of an outage.
      if (error instanceof InvalidSearchQuery) throw error;
      fail(error);
      metrics.searchFallbacks.inc();
      return viaFallback();
    }
  }

  return {
    name: primary.name,
    status: () => (degradedSince === null ? "ok" : "degraded"),
    lastError: () => lastFailure,
    async probe() {
      if (!options.probe) return;
      try {
        await within(options.probe(), timeoutMs);
        recover();
      } catch (error) {
        fail(error);
      }
    },
    search: (query: SearchQuery) =>
      answer(
        () => primary.search(query),
        () => fallback.search(query),
      ),
    suggest: (prefix, locale, limit) =>
      answer(
        () => primary.suggest(prefix, locale, limit),
        () => fallback.suggest(prefix, locale, limit),
      ),
    // Both engines are kept current (the fallback must not serve stale results), at the same
    // time: an edit is searchable when the slower is done, not after both in turn. A failure of
    // either is the relay's to retry (both writes are idempotent), never hidden.
    async index(serviceIds: string[]) {
      const [toFallback, toPrimary] = await Promise.allSettled([fallback.index(serviceIds), primary.index(serviceIds)]);
      if (toFallback.status === "rejected") throw toFallback.reason;
      if (toPrimary.status === "rejected") throw toPrimary.reason;
    },
  };
}
