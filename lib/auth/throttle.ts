import "server-only";
import { db } from "@/lib/db/client";

/**
 * Brute-force throttling on the sign_in_attempt table, in a sliding window:
 * failures are counted per account ("email:<address>", reset by a successful sign-in) and
 * per client ("ip:<address>", never reset: one valid account must not unlock guessing
 * others). Failures first slow the answer down, then refuse it until enough of them
 * leave the window. Unknown addresses are counted like real ones, so the answers never
 * tell whether an account exists.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountLimit: 5,
  clientLimit: 20,
  /** Failures tolerated before answers slow down. */
  accountFreeFailures: 2,
  clientFreeFailures: 10,
  baseDelayMs: 250,
  maxDelayMs: 3_000,
} as const;

export type ThrottleKeys = { email: string; ip: string | null };

export function emailKey(email: string) {
  return `email:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string) {
  return `ip:${ip}`;
}

type KeyState = { failures: number; failureTimes: Date[] };

async function keyState(key: string, since: Date, resetOnSuccess: boolean): Promise<KeyState> {
  let from = since;
  if (resetOnSuccess) {
    const success = await db.signInAttempt.findFirst({
      where: { key, succeeded: true, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (success) from = success.createdAt;
  }
  const failures = await db.signInAttempt.findMany({
    where: { key, succeeded: false, createdAt: { gte: from } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return { failures: failures.length, failureTimes: failures.map((row) => row.createdAt) };
}

export type ThrottleStatus = { limited: false; delayMs: number } | { limited: true; retryAfterSeconds: number };

/** Seconds until enough failures leave the window for the count to drop below the limit. */
function retryAfter(state: KeyState, limit: number, now: number): number {
  const freeing = state.failureTimes[state.failures - limit];
  return Math.max(1, Math.ceil((freeing.getTime() + THROTTLE.windowMs - now) / 1000));
}

function delayFor(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(THROTTLE.maxDelayMs, THROTTLE.baseDelayMs * 2 ** (failures - free - 1));
}

export async function getThrottleStatus(keys: ThrottleKeys, now = Date.now()): Promise<ThrottleStatus> {
  const since = new Date(now - THROTTLE.windowMs);
  const account = await keyState(emailKey(keys.email), since, true);
  const client = keys.ip ? await keyState(ipKey(keys.ip), since, false) : { failures: 0, failureTimes: [] };
  const waits: number[] = [];
  if (account.failures >= THROTTLE.accountLimit) waits.push(retryAfter(account, THROTTLE.accountLimit, now));
  if (client.failures >= THROTTLE.clientLimit) waits.push(retryAfter(client, THROTTLE.clientLimit, now));
  if (waits.length) return { limited: true, retryAfterSeconds: Math.max(...waits) };
  return {
    limited: false,
    delayMs: Math.max(
      delayFor(account.failures, THROTTLE.accountFreeFailures),
      delayFor(client.failures, THROTTLE.clientFreeFailures),
    ),
  };
}

export async function recordSignInAttempt(keys: ThrottleKeys, succeeded: boolean) {
  const rows = [{ key: emailKey(keys.email), succeeded }];
  if (keys.ip) rows.push({ key: ipKey(keys.ip), succeeded });
  await db.signInAttempt.createMany({ data: rows });
}

/** Old rows only matter for the window; called opportunistically after sign-ins. */
export async function pruneSignInAttempts(now = Date.now()) {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now - 24 * 60 * 60_000) } } });
}
