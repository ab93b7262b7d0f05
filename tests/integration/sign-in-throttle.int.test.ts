import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getThrottleStatus, THROTTLE } from "@/lib/auth/throttle";
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
    expect(await db.signInAttempt.count({ where: { key: `email:${user.email}`, succeeded: true } })).toBe(1);
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
    expect(await db.signInAttempt.count({ where: { key: "email:nobody@example.org", succeeded: false } })).toBe(1);
  });

  it("slows answers down after a few failures for an account", async () => {
    const user = await createUser();
    await recordFailures(`email:${user.email}`, THROTTLE.accountFreeFailures);
    expect(await getThrottleStatus({ email: user.email, ip: null })).toEqual({ limited: false, delayMs: 0 });
    await recordFailures(`email:${user.email}`, 2);
    expect(await getThrottleStatus({ email: user.email, ip: null })).toEqual({
      limited: false,
      delayMs: THROTTLE.baseDelayMs * 2,
    });
  });

  it("refuses an account after 5 failures, even with the right password, until the window slides", async () => {
    const user = await createUser();
    const start = Date.now() - 60_000;
    await recordFailures(`email:${user.email}`, THROTTLE.accountLimit, new Date(start));
    const status = await getThrottleStatus({ email: user.email, ip: "10.0.0.2" });
    expect(status.limited).toBe(true);
    expect(status.limited && status.retryAfterSeconds).toBeGreaterThan(13 * 60);
    expect(status.limited && status.retryAfterSeconds).toBeLessThanOrEqual(14 * 60);

    const result = await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.0.0.2" });
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
    // The refusal is decided before any password check, and is not recorded as an attempt.
    expect(await db.signInAttempt.count({ where: { key: `email:${user.email}` } })).toBe(THROTTLE.accountLimit);

    const later = start + THROTTLE.windowMs + 1_000;
    expect(await getThrottleStatus({ email: user.email, ip: null }, later)).toMatchObject({ limited: false });
  });

  it("refuses a client after 20 failures across accounts; a success does not reset the client", async () => {
    const user = await createUser();
    await recordFailures("ip:10.9.9.9", THROTTLE.clientLimit - 1);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.9.9.9" })).toMatchObject({
      ok: true,
    });
    await recordFailures("ip:10.9.9.9", 1);
    expect(await getThrottleStatus({ email: "someone-else@example.org", ip: "10.9.9.9" })).toMatchObject({
      limited: true,
    });
    expect(await getThrottleStatus({ email: "someone-else@example.org", ip: "10.1.1.1" })).toEqual({
      limited: false,
      delayMs: 0,
    });
  });

  it("a successful sign-in resets the account's failures", async () => {
    const user = await createUser();
    await recordFailures(`email:${user.email}`, THROTTLE.accountLimit - 1, new Date(Date.now() - 5_000));
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: null })).toMatchObject({
      ok: true,
    });
    expect(await getThrottleStatus({ email: user.email, ip: null })).toEqual({ limited: false, delayMs: 0 });
  });
});
