import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actorForSession, sessionClaims } from "@/lib/auth/session-actor";
import { changeUserRole } from "@/lib/users/change-user-role";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createActor, createUser } from "@/tests/factories/staff";

// getActor() = auth() (decodes the cookie) + actorForSession (this file): the token's
// claims are only trusted once they match the user's row.
describe("session revocation", () => {
  it("turns a valid token into an actor whose role comes from the database", async () => {
    const user = await createUser({ role: "editor" });
    await db.user.update({ where: { id: user.id }, data: { role: "viewer" } });
    expect(await actorForSession({ userId: user.id, sessionVersion: user.sessionVersion })).toEqual({
      kind: "user",
      id: user.id,
      email: user.email,
      name: user.name,
      role: "viewer",
    });
  });

  it("ends the session on role change, disable and password reset", async () => {
    const admin = await createActor("admin");
    for (const revoke of [
      (id: string) => changeUserRole(admin, { userId: id, role: "agent" }),
      (id: string) => setUserDisabled(admin, { userId: id, disabled: true }),
      (id: string) => resetUserPassword(admin, { userId: id }),
    ]) {
      const user = await createUser({ role: "editor" });
      const claims = { userId: user.id, sessionVersion: user.sessionVersion };
      expect(await actorForSession(claims)).not.toBeNull();
      await revoke(user.id);
      expect(await actorForSession(claims)).toBeNull();
    }
  });

  it("a re-enabled account still needs a new sign-in", async () => {
    const admin = await createActor("admin");
    const user = await createUser();
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    await setUserDisabled(admin, { userId: user.id, disabled: true });
    await setUserDisabled(admin, { userId: user.id, disabled: false });
    expect(await actorForSession(claims)).toBeNull();
    expect(await actorForSession({ ...claims, sessionVersion: user.sessionVersion + 2 })).not.toBeNull();
  });

  it("refuses deleted users and malformed claims", async () => {
    expect(await actorForSession({ userId: "00000000-0000-4000-8000-000000000000", sessionVersion: 1 })).toBeNull();
    expect(sessionClaims(null)).toBeNull();
    expect(sessionClaims({ userId: "'; drop table app_user; --", sessionVersion: 1 })).toBeNull();
    expect(sessionClaims({ userId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});
