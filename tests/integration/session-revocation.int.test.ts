import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actorForSession, sessionClaims, type SessionClaims } from "@/lib/auth/session-actor";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-settings";
import { endAllStaffSessions, endStaffSession, startStaffSession } from "@/lib/auth/staff-sessions";
import { changeUserRole } from "@/lib/users/change-user-role";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createActor, createUser } from "@/tests/factories/staff";

// getActor() = auth() (decodes the cookie) + actorForSession (this file): the token's
// claims are only trusted once they match an open session row and the user's row.
async function signedIn(user: { id: string; sessionVersion: number }, at?: Date): Promise<SessionClaims> {
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId: await startStaffSession(user.id, at) };
}

describe("session revocation", () => {
  it("turns a valid token into an actor whose role comes from the database", async () => {
    const user = await createUser({ role: "editor" });
    const claims = await signedIn(user);
    await db.user.update({ where: { id: user.id }, data: { role: "viewer" } });
    expect(await actorForSession(claims)).toEqual({
      kind: "user",
      id: user.id,
      email: user.email,
      name: user.name,
      role: "viewer",
      sessionId: claims.sessionId,
      passwordChangeRequired: false,
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
      const claims = await signedIn(user);
      expect(await actorForSession(claims)).not.toBeNull();
      await revoke(user.id);
      expect(await actorForSession(claims)).toBeNull();
    }
  });

  it("a re-enabled account still needs a new sign-in", async () => {
    const admin = await createActor("admin");
    const user = await createUser();
    const claims = await signedIn(user);
    await setUserDisabled(admin, { userId: user.id, disabled: true });
    await setUserDisabled(admin, { userId: user.id, disabled: false });
    expect(await actorForSession(claims)).toBeNull();
    expect(await actorForSession({ ...claims, sessionVersion: user.sessionVersion + 2 })).not.toBeNull();
  });

  it("sign-out ends that session only; sign out everywhere ends them all", async () => {
    const user = await createUser();
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    await endStaffSession(laptop.sessionId);
    expect(await actorForSession(laptop)).toBeNull();
    expect(await actorForSession(phone)).not.toBeNull();
    const tablet = await signedIn(user);
    await endAllStaffSessions(user.id, tablet.sessionId);
    expect(await actorForSession(phone)).toBeNull();
    expect(await actorForSession(tablet)).not.toBeNull();
    await endAllStaffSessions(user.id);
    expect(await actorForSession(tablet)).toBeNull();
  });

  it("ends a session at its absolute expiry, however recently it was used", async () => {
    const user = await createUser();
    const signInTime = new Date(Date.now() - 60_000);
    const claims = await signedIn(user, signInTime);
    const justBefore = new Date(signInTime.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 1000);
    expect(await actorForSession(claims, justBefore)).not.toBeNull();
    const atExpiry = new Date(signInTime.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
    expect(await actorForSession(claims, atExpiry)).toBeNull();
  });

  it("refuses a session row that belongs to someone else", async () => {
    const alice = await createUser();
    const mallory = await createUser();
    const claims = await signedIn(alice);
    expect(await actorForSession({ ...claims, userId: mallory.id })).toBeNull();
  });

  it("refuses deleted users, unknown sessions and malformed claims", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await actorForSession({ userId: missing, sessionVersion: 1, sessionId: missing })).toBeNull();
    expect(sessionClaims(null)).toBeNull();
    expect(sessionClaims({ userId: "'; drop table app_user; --", sessionVersion: 1, sessionId: missing })).toBeNull();
    expect(sessionClaims({ userId: missing, sessionVersion: 1 })).toBeNull();
    expect(sessionClaims({ userId: missing, sessionVersion: 1, sessionId: "x" })).toBeNull();
  });
});
