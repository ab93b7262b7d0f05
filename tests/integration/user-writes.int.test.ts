import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { Forbidden, Invalid, Unauthenticated } from "@/lib/errors";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createActor, createUser as createUserRow } from "@/tests/factories/staff";

const auditFor = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("user writes", () => {
  it("creates a user with a hashed password and an audit row without the hash", async () => {
    const admin = await createActor("admin");
    const { user, generatedPassword } = await createUser(admin, {
      email: "  Nouvelle.Personne@Example.org ",
      name: "Nouvelle Personne",
      role: "agent",
      password: "une phrase de passe assez longue",
    });
    expect(generatedPassword).toBeUndefined();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe("nouvelle.personne@example.org");
    expect(await verifyPassword(row.passwordHash, "une phrase de passe assez longue")).toBe(true);
    const [audit] = await auditFor(user.id);
    expect(audit).toMatchObject({ action: "user.create", actorId: admin.id, entityType: "user" });
    expect(audit.after).toEqual({ email: row.email, name: "Nouvelle Personne", role: "agent", disabled: false });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(row.passwordHash);
  });

  it("generates a strong password when none is given", async () => {
    const admin = await createActor("admin");
    const { user, generatedPassword } = await createUser(admin, {
      email: "gen@example.org",
      name: "Gen",
      role: "viewer",
    });
    expect(generatedPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, generatedPassword!)).toBe(true);
  });

  it("reports every invalid field at once and writes nothing", async () => {
    const admin = await createActor("admin");
    const before = await db.user.count();
    const error = await createUser(admin, {
      email: "pas-un-courriel",
      name: " ",
      role: "boss" as never,
      password: "password1234",
    }).catch((caught) => caught);
    expect(error).toBeInstanceOf(Invalid);
    expect(Object.keys((error as Invalid).fieldErrors).sort()).toEqual(["email", "name", "role"]);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses common passwords and duplicate addresses", async () => {
    const admin = await createActor("admin");
    await expect(
      createUser(admin, { email: "x@example.org", name: "X", role: "viewer", password: "motdepasse123" }),
    ).rejects.toMatchObject({ fieldErrors: { password: ["password.common"] } });
    const existing = await createUserRow();
    await expect(createUser(admin, { email: existing.email, name: "X", role: "viewer" })).rejects.toMatchObject({
      fieldErrors: { email: ["emailTaken"] },
    });
  });

  it("changes a role, ends the user's sessions and audits before/after", async () => {
    const admin = await createActor("admin");
    const target = await createUserRow({ role: "viewer" });
    await changeUserRole(admin, { userId: target.id, role: "editor" });
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ role: "editor", sessionVersion: target.sessionVersion + 1 });
    const [audit] = await auditFor(target.id);
    expect(audit).toMatchObject({ action: "user.role_change", before: { role: "viewer" }, after: { role: "editor" } });
  });

  it("refuses a stale version (someone else changed the user since the page was read)", async () => {
    const admin = await createActor("admin");
    const target = await createUserRow({ role: "viewer" });
    await changeUserRole(admin, { userId: target.id, role: "agent", version: target.version });
    await expect(
      changeUserRole(admin, { userId: target.id, role: "editor", version: target.version }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("keeps at least one enabled admin", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "viewer" } });
    const admin = await createActor("admin");
    await expect(changeUserRole(admin, { userId: admin.id, role: "viewer" })).rejects.toMatchObject({
      fieldErrors: { role: ["lastAdmin"] },
    });
    await expect(setUserDisabled(admin, { userId: admin.id, disabled: true })).rejects.toMatchObject({
      fieldErrors: { form: ["disableSelf"] },
    });
    expect(await auditFor(admin.id)).toEqual([]);
  });

  it("disables and re-enables, bumping the session version each time", async () => {
    const admin = await createActor("admin");
    const target = await createUserRow({ role: "editor" });
    await setUserDisabled(admin, { userId: target.id, disabled: true });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(disabled.disabledAt).not.toBeNull();
    await setUserDisabled(admin, { userId: target.id, disabled: false });
    const enabled = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(enabled.disabledAt).toBeNull();
    expect(enabled.sessionVersion).toBe(target.sessionVersion + 2);
    expect((await auditFor(target.id)).map((event) => event.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("resets a password: new hash, sessions ended, audit without any hash", async () => {
    const admin = await createActor("admin");
    const target = await createUserRow();
    const { generatedPassword } = await resetUserPassword(admin, { userId: target.id });
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verifyPassword(row.passwordHash, generatedPassword!)).toBe(true);
    expect(row.sessionVersion).toBe(target.sessionVersion + 1);
    const [audit] = await auditFor(target.id);
    expect(audit).toMatchObject({ action: "user.password_reset", before: null, after: { passwordReset: true } });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/argon2/);
  });

  it("rolls the change back when the audit row cannot be written", async () => {
    const admin = await createActor("admin");
    const target = await createUserRow({ role: "viewer" });
    // An actor id with no user row breaks the audit row's foreign key inside the transaction.
    const ghost = { ...admin, id: "00000000-0000-4000-8000-000000000000" };
    await expect(changeUserRole(ghost, { userId: target.id, role: "editor" })).rejects.toThrow();
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ role: "viewer", sessionVersion: target.sessionVersion });
  });

  it("refuses everyone but admins", async () => {
    const target = await createUserRow();
    await expect(changeUserRole(null, { userId: target.id, role: "admin" })).rejects.toBeInstanceOf(Unauthenticated);
    for (const role of ["editor", "agent", "viewer"] as const) {
      const actor = await createActor(role);
      await expect(changeUserRole(actor, { userId: target.id, role: "admin" })).rejects.toBeInstanceOf(Forbidden);
    }
  });
});
