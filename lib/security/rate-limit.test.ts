import { describe, expect, it } from "vitest";
import { createRateLimiter, namedLimiter, parseRateLimit } from "./rate-limit";

describe("parseRateLimit", () => {
  it("reads requests per seconds, off, and refuses anything else", () => {
    expect(parseRateLimit(undefined, undefined)).toEqual({ capacity: 120, refillPerMs: 0.002, exemptLoopback: false });
    expect(parseRateLimit(" 10 / 5 ", "true")).toEqual({ capacity: 10, refillPerMs: 0.002, exemptLoopback: true });
    expect(parseRateLimit("off", undefined)).toBeNull();
    expect(() => parseRateLimit("lots", undefined)).toThrow(/PUBLIC_RATE_LIMIT/);
    expect(() => parseRateLimit("0/60", undefined)).toThrow(/PUBLIC_RATE_LIMIT/);
  });
});

describe("createRateLimiter", () => {
  it("allows a burst, then refuses with the wait until the next token", () => {
    const limiter = createRateLimiter(parseRateLimit("3/3", undefined));
    const now = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("203.0.113.1", now).allowed)).toEqual([true, true, true]);
    expect(limiter.take("203.0.113.1", now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Other clients are not affected …
    expect(limiter.take("203.0.113.2", now).allowed).toBe(true);
    // … and the bucket refills with time.
    expect(limiter.take("203.0.113.1", now + 1_000).allowed).toBe(true);
    expect(limiter.take("203.0.113.1", now + 1_000).allowed).toBe(false);
  });

  it("exempts loopback only when configured, and never limits an unknown client", () => {
    const strict = createRateLimiter(parseRateLimit("1/60", undefined));
    expect(strict.take("127.0.0.1", 0).allowed).toBe(true);
    expect(strict.take("127.0.0.1", 0).allowed).toBe(false);
    const bench = createRateLimiter(parseRateLimit("1/60", "true"));
    for (const client of ["127.0.0.1", "127.0.0.1", "::1", "::1"]) expect(bench.take(client, 0).allowed).toBe(true);
    expect(bench.take("203.0.113.1", 0).allowed).toBe(true);
    expect(bench.take("203.0.113.1", 0).allowed).toBe(false);
    expect(strict.take(null, 0).allowed).toBe(true);
    expect(createRateLimiter(null).take("203.0.113.1", 0).allowed).toBe(true);
  });
});

describe("namedLimiter", () => {
  it("gives one limiter per name, configured once, on first use", () => {
    let reads = 0;
    const config = () => {
      reads += 1;
      return parseRateLimit("1/60", undefined);
    };
    const first = namedLimiter("test:named", config);
    expect(namedLimiter("test:named", config)).toBe(first);
    expect(reads).toBe(1);
    expect(first.take("203.0.113.9", 0).allowed).toBe(true);
    expect(namedLimiter("test:named", config).take("203.0.113.9", 0).allowed).toBe(false);
    expect(namedLimiter("test:other", config)).not.toBe(first);
  });
});
