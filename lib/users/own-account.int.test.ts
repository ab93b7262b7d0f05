import { describe, expect, it } from "vitest";
import { assertCan } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { actorForSession } from "@/lib/auth/session-actor";
import { startStaffSession } from "@/lib/auth/staff-sessions";
import { db } from "@/lib/db/client";
import { Forbidden, Invalid, Unauthenticated } from "@/lib/errors";
import { createActor, createUser, TEST_PASSWORD } from "@/tests/factories/staff";
import { changeOwnPassword } from "./change-own-password";
import { createUser as createStaffUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import { signOutEverywhere } from "./sign-out-everywhere";

const NEW_PASSWORD = "Bonhomme-carnaval-neige-2026";

async function signedIn(user: { id: string; sessionVersion: number }) {
  const claims = { userId: user.id, sessionVersion: user.sessionVersion, sessionId: await startStaffSession(user.id) };
  return { claims, actor: (await actorForSession(claims))! };
}

describe("a staff member's own account", () => {
  it("a generated password must be changed before anything else is allowed", async () => {
    const admin = await createActor("admin");
    const { user, generatedPassword } = await createStaffUser(admin, {
      email: `first-${Date.now()}@example.org`,
      name: "Première",
      role: "editor",
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const { actor } = await signedIn(row);
    expect(actor.passwordChangeRequired).toBe(true);
    expect(() => assertCan(actor, "records:write")).toThrow(Forbidden);
    expect(() => assertCan(actor, "staff:read")).toThrow(Forbidden);

    await changeOwnPassword(actor, {
      currentPassword: generatedPassword,
      newPassword: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    const after = await signedIn(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
    expect(after.actor.passwordChangeRequired).toBe(false);
    expect(() => assertCan(after.actor, "records:write")).not.toThrow();

    // An admin's reset makes the next password temporary again; a chosen one does not.
    await resetUserPassword(admin, { userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordChangeRequired).toBe(true);
    await resetUserPassword(admin, { userId: user.id, password: "Chute-Montmorency-2026-x" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordChangeRequired).toBe(false);
  });

  it("checks the current password, the policy and the confirmation, all at once", async () => {
    const user = await createUser();
    const { actor } = await signedIn(user);
    const error = await changeOwnPassword(actor, {
      currentPassword: "not-my-password",
      newPassword: "short",
      confirmation: "other",
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toMatchObject({ confirmation: ["mismatch"] });
    const wrong = await changeOwnPassword(actor, {
      currentPassword: "not-my-password",
      newPassword: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    }).catch((thrown: unknown) => thrown);
    expect((wrong as Invalid).fieldErrors).toEqual({ currentPassword: ["currentWrong"] });
    const same = await changeOwnPassword(actor, {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
      confirmation: TEST_PASSWORD,
    }).catch((thrown: unknown) => thrown);
    expect((same as Invalid).fieldErrors.newPassword).toContain("password.sameAsCurrent");
    await expect(changeOwnPassword(null, {})).rejects.toBeInstanceOf(Unauthenticated);
    expect(
      await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, TEST_PASSWORD),
    ).toBe(true);
  });

  it("a change keeps this session and ends the others; sign out everywhere ends them all", async () => {
    const user = await createUser();
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    await changeOwnPassword(laptop.actor, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(await actorForSession(laptop.claims)).not.toBeNull();
    expect(await actorForSession(phone.claims)).toBeNull();
    await signOutEverywhere(laptop.actor);
    expect(await actorForSession(laptop.claims)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["user.password_change", "user.sign_out_everywhere"]);
    expect(JSON.stringify(audit.map((event) => [event.before, event.after]))).not.toContain(NEW_PASSWORD);
  });
});
