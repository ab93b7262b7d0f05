import "server-only";
import { createRateLimiter, parseRateLimit } from "@/lib/security/rate-limit";

// Sign-in links cost an email each: at most 3 per address and 10 per client in 15 minutes
// (per instance). Over the limit the page says so; under it, it says the same thing whether or
// not the address has an account.
const globalForLinks = globalThis as unknown as {
  linkLimiters?: { email: ReturnType<typeof createRateLimiter>; client: ReturnType<typeof createRateLimiter> };
};

const limiters = () =>
  (globalForLinks.linkLimiters ??= {
    email: createRateLimiter(parseRateLimit("3/900", "false")),
    client: createRateLimiter(parseRateLimit("10/900", process.env.RATE_LIMIT_EXEMPT_LOOPBACK)),
  });

export function requestLimited(email: string, client: string | null): boolean {
  const { email: byEmail, client: byClient } = limiters();
  return !byClient.take(client).allowed || !byEmail.take(`email:${email}`).allowed;
}
