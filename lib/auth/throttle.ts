import "server-only";
import { db } from "@/lib/db/client";

/**
 * Brute-force throttling on the sign_in_attempt table, in a sliding window
 * (docs/decisions/010-sign-in-throttling-and-sessions.md). Three counters:
 *  - per account *and* client ("pair:<email>|<client>"): refused after 5 failures. Someone
 *    guessing from their own address locks out only themselves; the right person, from
 *    another address, still signs in. Reset by a success from that pair.
 *  - per client ("ip:<client>"): refused after 20 failures across accounts; never reset,
 *    so one valid account cannot unlock guessing at others.
 *  - per account, from every client ("email:<email>"): never refused, only slowed down
 *    (up to 3 s an answer), so a distributed guess is slow and nobody is ever locked out.
 * Every attempt is counted *before* its password is checked, under a lock per account, so
 * a parallel burst cannot pass the limits and refused attempts cost no Argon2 hash.
 * Unknown addresses are counted like real ones: answers never tell whether an account exists.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  pairLimit: 5,
  clientLimit: 20,
  /** Failures tolerated before answers slow down. */
  pairFreeFailures: 2,
  accountFreeFailures: 5,
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

/** Without a known client address every such attempt shares one pair per account. */
export function pairKey(email: string, ip: string | null) {
  return `pair:${email.trim().toLowerCase()}|${ip ?? "unknown"}`;
}

type Tx = Pick<typeof db, "signInAttempt">;
type KeyState = { failures: number; failureTimes: Date[] };

async function keyState(tx: Tx, key: string, since: Date, resetOnSuccess: boolean): Promise<KeyState> {
  let from = since;
  if (resetOnSuccess) {
    const success = await tx.signInAttempt.findFirst({
      where: { key, succeeded: true, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (success) from = success.createdAt;
  }
  const failures = await tx.signInAttempt.findMany({
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

async function statusIn(tx: Tx, keys: ThrottleKeys, now: number): Promise<ThrottleStatus> {
  const since = new Date(now - THROTTLE.windowMs);
  const pair = await keyState(tx, pairKey(keys.email, keys.ip), since, true);
  const account = await keyState(tx, emailKey(keys.email), since, true);
  const client = keys.ip ? await keyState(tx, ipKey(keys.ip), since, false) : { failures: 0, failureTimes: [] };
  const waits: number[] = [];
  if (pair.failures >= THROTTLE.pairLimit) waits.push(retryAfter(pair, THROTTLE.pairLimit, now));
  if (client.failures >= THROTTLE.clientLimit) waits.push(retryAfter(client, THROTTLE.clientLimit, now));
  if (waits.length) return { limited: true, retryAfterSeconds: Math.max(...waits) };
  return {
    limited: false,
    delayMs: Math.max(
      delayFor(pair.failures, THROTTLE.pairFreeFailures),
      delayFor(account.failures, THROTTLE.accountFreeFailures),
      delayFor(client.failures, THROTTLE.clientFreeFailures),
    ),
  };
}

/** A read-only look, for answering 429 early; the decision that counts is reserveSignInAttempt. */
export function getThrottleStatus(keys: ThrottleKeys, now = Date.now()): Promise<ThrottleStatus> {
  return statusIn(db, keys, now);
}

export type Reservation =
  { limited: true; retryAfterSeconds: number } | { limited: false; delayMs: number; ids: bigint[] };

/**
 * Decides and counts an attempt in one transaction, under a lock per account (and one per
 * client, always taken in that order): the attempt is recorded as a failure now, and turned
 * into a success by recordSignInSuccess once the password has matched.
 */
export async function reserveSignInAttempt(keys: ThrottleKeys, now = Date.now()): Promise<Reservation> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${emailKey(keys.email)}))`;
    if (keys.ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${ipKey(keys.ip)}))`;
    const status = await statusIn(tx, keys, now);
    if (status.limited) return status;
    const createdAt = new Date(now);
    const keysToCount = [pairKey(keys.email, keys.ip), emailKey(keys.email), ...(keys.ip ? [ipKey(keys.ip)] : [])];
    const rows = await tx.signInAttempt.createManyAndReturn({
      data: keysToCount.map((key) => ({ key, succeeded: false, createdAt })),
      select: { id: true },
    });
    return { limited: false, delayMs: status.delayMs, ids: rows.map((row) => row.id) };
  });
}

/** The password matched: the reserved attempt becomes a success (resetting pair and account). */
export async function recordSignInSuccess(ids: bigint[]) {
  await db.signInAttempt.updateMany({ where: { id: { in: ids } }, data: { succeeded: true } });
}

/** Old rows only matter for the window; called opportunistically after sign-ins. */
export async function pruneSignInAttempts(now = Date.now()) {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now - 24 * 60 * 60_000) } } });
}
