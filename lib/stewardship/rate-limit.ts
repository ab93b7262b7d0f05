import "server-only";
import { createRateLimiter, parseRateLimit, type RateDecision } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/security/client-ip";
import { metrics } from "@/lib/observability/metrics";

// Corrections are rare and cheap to abuse: a tighter bucket than searches, per client and per
// instance (CORRECTION_RATE_LIMIT "<requests>/<seconds>", default 5 per 10 minutes, or "off").
const globalForLimiter = globalThis as unknown as {
  correctionRateLimiter?: ReturnType<typeof createRateLimiter>;
};

function limiter() {
  return (globalForLimiter.correctionRateLimiter ??= createRateLimiter(
    parseRateLimit(process.env.CORRECTION_RATE_LIMIT ?? "5/600", process.env.RATE_LIMIT_EXEMPT_LOOPBACK),
  ));
}

/** The one check every correction entry point (API, form) makes before reading the body. */
export function limitCorrection(headers: Headers): RateDecision {
  const decision = limiter().take(clientIp(headers));
  if (!decision.allowed) metrics.rateLimited.inc({ limiter: "corrections" });
  return decision;
}
