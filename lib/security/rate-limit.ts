import { isIP } from "node:net";
import { metrics } from "@/lib/observability/metrics";
import { clientIp } from "./client-ip";

/**
 * Per-client token buckets for public, expensive requests (search page, search API,
 * suggestions), kept in this instance's memory: a search must not cost a database write,
 * and the limit is there to stop one client from taking the machine, not to count exactly.
 * Behind N instances a client gets up to N times the rate; the reverse proxy can add a
 * global limit (docs/deployment.md).
 *
 * PUBLIC_RATE_LIMIT: "<requests>/<seconds>" (default "120/60": a burst of 120, refilled at
 * 2 per second), or "off". RATE_LIMIT_EXEMPT_LOOPBACK=true exempts 127.0.0.0/8 and ::1 —
 * for benchmarks on one machine, never by default.
 */
export type RateLimitConfig = { capacity: number; refillPerMs: number; exemptLoopback: boolean } | null;
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MAX_CLIENTS = 50_000;

export function parseRateLimit(value: string | undefined, exemptLoopback: string | undefined): RateLimitConfig {
  if (value?.trim().toLowerCase() === "off") return null;
  const match = /^\s*(\d{1,7})\s*\/\s*(\d{1,6})\s*$/.exec(value ?? "120/60");
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`PUBLIC_RATE_LIMIT must look like "120/60" (requests/seconds) or "off", not "${value}".`);
  const capacity = Number(match[1]);
  return { capacity, refillPerMs: capacity / (Number(match[2]) * 1000), exemptLoopback: exemptLoopback === "true" };
}

function isLoopback(address: string) {
  return address === "::1" || (isIP(address) === 4 && address.startsWith("127."));
}

export function createRateLimiter(config: RateLimitConfig) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client: string | null, now = Date.now()): RateDecision {
      // Without a known client (a handler called in-process) there is nobody to limit.
      if (!config || !client || (config.exemptLoopback && isLoopback(client))) return { allowed: true };
      const bucket = buckets.get(client) ?? { tokens: config.capacity, at: now };
      bucket.tokens = Math.min(config.capacity, bucket.tokens + (now - bucket.at) * config.refillPerMs);
      bucket.at = now;
      // Re-inserted so the Map's order is least recently seen first, for eviction.
      buckets.delete(client);
      if (buckets.size >= MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / config.refillPerMs / 1000)),
      };
    },
  };
}

// One limiter per name and per process, shared by the proxy and the route handlers (separate
// bundles, hence globalThis), configured on first use.
const globalForLimiters = globalThis as unknown as {
  namedRateLimiters?: Map<string, ReturnType<typeof createRateLimiter>>;
};

/**
 * The process's limiter called `name`, created from `config()` the first time it is asked for
 * (so its environment variable is read at first use, not at import).
 */
export function namedLimiter(name: string, config: () => RateLimitConfig) {
  const limiters = (globalForLimiters.namedRateLimiters ??= new Map());
  let limiter = limiters.get(name);
  if (!limiter) limiters.set(name, (limiter = createRateLimiter(config())));
  return limiter;
}

export function publicRateLimiter() {
  return namedLimiter("search", () =>
    parseRateLimit(process.env.PUBLIC_RATE_LIMIT, process.env.RATE_LIMIT_EXEMPT_LOOPBACK),
  );
}

/** The one check public search entry points make before doing any work. */
export function limitPublicRequest(headers: Headers): RateDecision {
  const decision = publicRateLimiter().take(clientIp(headers));
  if (!decision.allowed) metrics.rateLimited.inc({ limiter: "search" });
  return decision;
}
