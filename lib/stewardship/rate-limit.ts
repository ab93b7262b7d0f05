import "server-only";
import { namedLimiter, parseRateLimit, type RateDecision } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/security/client-ip";
import { metrics } from "@/lib/observability/metrics";

/**
 * The one check every correction entry point (API, form) makes before reading the body.
 * Corrections are rare and cheap to abuse: a tighter bucket than searches, per client and per
 * instance (CORRECTION_RATE_LIMIT "<requests>/<seconds>", default 5 per 10 minutes, or "off").
 */
export function limitCorrection(headers: Headers): RateDecision {
  const decision = namedLimiter("corrections", () =>
    parseRateLimit(process.env.CORRECTION_RATE_LIMIT ?? "5/600", process.env.RATE_LIMIT_EXEMPT_LOOPBACK),
  ).take(clientIp(headers));
  if (!decision.allowed) metrics.rateLimited.inc({ limiter: "corrections" });
  return decision;
}
