import "server-only";
import { namedLimiter, parseRateLimit } from "@/lib/security/rate-limit";

// Sign-in links cost an email each: at most 3 per address and 10 per client in 15 minutes
// (per instance). Over the limit the page says so; under it, it says the same thing whether or
// not the address has an account.
export function requestLimited(email: string, client: string | null): boolean {
  const byClient = namedLimiter("sign-in-link:client", () =>
    parseRateLimit("10/900", process.env.RATE_LIMIT_EXEMPT_LOOPBACK),
  );
  const byEmail = namedLimiter("sign-in-link:email", () => parseRateLimit("3/900", "false"));
  return !byClient.take(client).allowed || !byEmail.take(`email:${email}`).allowed;
}
