import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { emailKey, getThrottleStatus, ipKey, pairKey, THROTTLE } from "@/lib/auth/throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createUser, TEST_PASSWORD } from "@/tests/factories/staff";

// Failures are written straight into the table where only counts matter, so the tests do
// not sleep through the progressive delays they are checking.
async function recordFailures(key: string, count: number, at = new Date()) {
  await db.signInAttempt.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      key,
      succeeded: false,
      createdAt: new Date(at.getTime() + index),
    })),
  });
}

describe("sign-in throttling", () => {
  it("accepts the right password and records the success", async () => {
    const user = await createUser({ role: "editor" });
    const result = await verifyCredentials({
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
      ip: "10.0.0.1",
    });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 1 } });
    expect(await db.signInAttempt.count({ where: { key: emailKey(user.email), succeeded: true } })).toBe(1);
    expect(await db.signInAttempt.count({ where: { key: pairKey(user.email, "10.0.0.1"), succeeded: true } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("answers a wrong password, an unknown address and a disabled account the same way", async () => {
    const user = await createUser();
    const disabled = await createUser({ disabled: true });
    const wrong = await verifyCredentials({ email: user.email, password: "not-the-password-1", ip: null });
    const unknown = await verifyCredentials({ email: "nobody@example.org", password: TEST_PASSWORD, ip: null });
    const off = await verifyCredentials({ email: disabled.email, password: TEST_PASSWORD, ip: null });
    expect([wrong, unknown, off]).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    // Unknown addresses are counted too, so the limit cannot reveal which accounts exist.
    expect(await db.signInAttempt.count({ where: { key: emailKey("nobody@example.org"), succeeded: false } })).toBe(1);
  });

  it("slows answers down after a few failures from one client", async () => {
    const user = await createUser();
    const pair = pairKey(user.email, "10.0.0.3");
    await recordFailures(pair, THROTTLE.pairFreeFailures);
    expect(await getThrottleStatus({ email: user.email, ip: "10.0.0.3" })).toEqual({ limited: false, delayMs: 0 });
    await recordFailures(pair, 2);
    expect(await getThrottleStatus({ email: user.email, ip: "10.0.0.3" })).toEqual({
      limited: false,
      delayMs: THROTTLE.baseDelayMs * 2,
    });
  });

  it("refuses one client after 5 failures on an account, even with the right password, until the window slides", async () => {
    const user = await createUser();
    const start = Date.now() - 60_000;
    await recordFailures(pairKey(user.email, "10.0.0.2"), THROTTLE.pairLimit, new Date(start));
    const status = await getThrottleStatus({ email: user.email, ip: "10.0.0.2" });
    expect(status.limited).toBe(true);
    expect(status.limited && status.retryAfterSeconds).toBeGreaterThan(13 * 60);
    expect(status.limited && status.retryAfterSeconds).toBeLessThanOrEqual(14 * 60);

    const result = await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.0.0.2" });
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
    // The refusal is decided before any password check, and is not recorded as an attempt.
    expect(await db.signInAttempt.count({ where: { key: pairKey(user.email, "10.0.0.2") } })).toBe(THROTTLE.pairLimit);

    const later = start + THROTTLE.windowMs + 1_000;
    expect(await getThrottleStatus({ email: user.email, ip: "10.0.0.2" }, later)).toMatchObject({ limited: false });
  });

  it("never locks the right person out: failures from elsewhere only slow the account down", async () => {
    const user = await createUser();
    // An attacker spread over many addresses fails 40 times on the admin's account …
    for (let i = 0; i < 40; i++) await recordFailures(pairKey(user.email, `198.51.100.${i}`), 1);
    await recordFailures(emailKey(user.email), 40);
    const status = await getThrottleStatus({ email: user.email, ip: "10.0.0.4" });
    expect(status).toEqual({ limited: false, delayMs: THROTTLE.maxDelayMs });
    // … and the admin, from their own address, still signs in.
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.0.0.4" })).toMatchObject({
      ok: true,
    });
  });

  it("counts a parallel burst before checking passwords: no more than the limit get through", async () => {
    const user = await createUser();
    const burst = await Promise.all(
      Array.from({ length: 12 }, () =>
        verifyCredentials({ email: user.email, password: "wrong-password-123", ip: "10.0.0.5" }),
      ),
    );
    const checked = burst.filter((result) => !result.ok && result.reason === "invalid").length;
    const refused = burst.filter((result) => !result.ok && result.reason === "rate_limited").length;
    expect(checked).toBe(THROTTLE.pairLimit);
    expect(refused).toBe(12 - THROTTLE.pairLimit);
    expect(await db.signInAttempt.count({ where: { key: pairKey(user.email, "10.0.0.5") } })).toBe(THROTTLE.pairLimit);
  }, 60_000);

  it("refuses a client after 20 failures across accounts; a success does not reset the client", async () => {
    const user = await createUser();
    await recordFailures(ipKey("10.9.9.9"), THROTTLE.clientLimit - 1);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.9.9.9" })).toMatchObject({
      ok: true,
    });
    await recordFailures(ipKey("10.9.9.9"), 1);
    expect(await getThrottleStatus({ email: "someone-else@example.org", ip: "10.9.9.9" })).toMatchObject({
      limited: true,
    });
    expect(await getThrottleStatus({ email: "someone-else@example.org", ip: "10.1.1.1" })).toEqual({
      limited: false,
      delayMs: 0,
    });
  });

  it("a successful sign-in resets that client's failures on the account", async () => {
    const user = await createUser();
    await recordFailures(pairKey(user.email, null), THROTTLE.pairLimit - 1, new Date(Date.now() - 5_000));
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: null })).toMatchObject({
      ok: true,
    });
    expect(await getThrottleStatus({ email: user.email, ip: null })).toEqual({ limited: false, delayMs: 0 });
  });
});
