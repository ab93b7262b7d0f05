import "server-only";
import { db } from "@/lib/db/client";
import { metrics } from "@/lib/observability/metrics";
import { hashPassword, verifyPassword } from "./password";
import { checkSecondFactor } from "./second-factor";
import { pruneSignInAttempts, recordSignInSuccess, reserveSignInAttempt, type ThrottleKeys } from "./throttle";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "second_factor"; missing: boolean }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Verified against when the address is unknown, so both cases cost one Argon2 verification.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  return (dummyHash ??= hashPassword(`no-such-user-${Math.random()}`));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one place a password is checked. The attempt is counted before the check (atomically,
 * lib/auth/throttle.ts), so refused attempts get no verification at all; otherwise unknown,
 * disabled and existing accounts take the same path and the same time, and failures are
 * answered progressively slower.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  code?: string;
  ip: string | null;
}): Promise<CredentialsResult> {
  const email = input.email.trim().toLowerCase();
  const keys: ThrottleKeys = { email, ip: input.ip };
  const reservation = await reserveSignInAttempt(keys);
  if (reservation.limited) {
    metrics.signIn.inc({ outcome: "throttled" });
    return { ok: false, reason: "rate_limited", retryAfterSeconds: reservation.retryAfterSeconds };
  }

  const user = await db.user.findUnique({ where: { email } });
  // A password-less account (a community worker) is checked against the dummy hash too: same
  // time as any other failure, and never a success.
  const passwordMatches =
    (await verifyPassword(user?.passwordHash || (await getDummyHash()), input.password)) && !!user?.passwordHash;
  const ok = !!user && passwordMatches && !user.disabledAt;
  // The second step, only once the password is right: a wrong or missing code is a failure
  // like a wrong password, counted by the same throttle.
  const second = ok && user.totpEnabledAt ? await checkSecondFactor(user, input.code) : "ok";
  if (ok && second !== "ok") {
    metrics.signIn.inc({ outcome: "failure" });
    await sleep(reservation.delayMs);
    return { ok: false, reason: "second_factor", missing: second === "missing" };
  }

  metrics.signIn.inc({ outcome: ok ? "success" : "failure" });
  if (ok) {
    await recordSignInSuccess(reservation.ids);
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    if (Math.random() < 0.05) void pruneSignInAttempts().catch(() => {});
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
  }
  await sleep(reservation.delayMs);
  return { ok: false, reason: "invalid" };
}
