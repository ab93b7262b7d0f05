import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { twoStepRequired } from "@/lib/auth/second-factor";
import { actorForSession } from "@/lib/auth/session-actor";
import { startStaffSession } from "@/lib/auth/staff-sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { createActor, createUser, TEST_PASSWORD } from "@/tests/factories/staff";
import { confirmTwoStepSetup } from "./confirm-two-step-setup";
import { resetUserPassword } from "./reset-user-password";
import { startTwoStepSetup } from "./start-two-step-setup";

process.env.AUTH_SECRET ??= "test-only-secret-9f8e7d6c5b4a39281716151413121110ffeeddcc";
const codeFor = (key: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(key.replaceAll(" ", "")), digits: 6, period: 30 }).generate({ timestamp });

async function signedIn(user: { id: string; sessionVersion: number }) {
  const claims = { userId: user.id, sessionVersion: user.sessionVersion, sessionId: await startStaffSession(user.id) };
  return (await actorForSession(claims))!;
}

describe("two-step verification", () => {
  it("is required for admins and editors in production, never for agents or viewers", () => {
    expect(twoStepRequired("admin", { NODE_ENV: "production" })).toBe(true);
    expect(twoStepRequired("editor", { NODE_ENV: "production" })).toBe(true);
    expect(twoStepRequired("agent", { NODE_ENV: "production" })).toBe(false);
    expect(twoStepRequired("admin", { NODE_ENV: "production", STAFF_TWO_STEP_REQUIRED: "false" })).toBe(false);
    expect(twoStepRequired("admin", { NODE_ENV: "development" })).toBe(false);
  });

  it("turns on with a first code, then every sign-in needs a code or a single-use recovery code", async () => {
    const user = await createUser({ role: "editor" });
    const actor = await signedIn(user);
    const { key, svg } = await startTwoStepSetup(actor);
    expect(svg).toContain("<svg");
    await expect(confirmTwoStepSetup(actor, { code: "000000" })).rejects.toBeInstanceOf(Invalid);
    const { recoveryCodes } = await confirmTwoStepSetup(actor, { code: codeFor(key) });
    expect(recoveryCodes).toHaveLength(10);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecret).not.toContain(key.replaceAll(" ", "")); // sealed, not stored in clear

    const attempt = (code?: string, ip = `10.7.0.${Math.floor(Math.random() * 200)}`) =>
      verifyCredentials({ email: user.email, password: TEST_PASSWORD, code, ip });
    expect(await attempt()).toEqual({ ok: false, reason: "second_factor", missing: true });
    expect(await attempt("123456")).toEqual({ ok: false, reason: "second_factor", missing: false });
    expect(await attempt(codeFor(key))).toMatchObject({ ok: true });
    expect(await attempt(recoveryCodes[0])).toMatchObject({ ok: true });
    expect(await attempt(recoveryCodes[0])).toMatchObject({ ok: false, reason: "second_factor" });
    // A wrong password never reaches the code check.
    expect(
      await verifyCredentials({ email: user.email, password: "wrong-password-1", code: codeFor(key), ip: null }),
    ).toEqual({ ok: false, reason: "invalid" });
  }, 60_000);

  it("an admin's password reset turns it off, for someone who lost their phone", async () => {
    const user = await createUser({ role: "agent" });
    const actor = await signedIn(user);
    const { key } = await startTwoStepSetup(actor);
    await confirmTwoStepSetup(actor, { code: codeFor(key) });
    await resetUserPassword(await createActor("admin"), { userId: user.id });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] });
  });
});
