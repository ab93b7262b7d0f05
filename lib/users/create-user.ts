import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { generatePassword } from "./generate-password";
import { createUserSchema, type CreateUserInput } from "./user-schemas";
import { parseOrThrow } from "./validate";
import { userSnapshot } from "./user-snapshot";

/**
 * Creates a staff account. Without a password one is generated; it is returned once so the
 * admin can hand it over, and only its Argon2id hash is stored.
 */
export async function createUser(actor: Actor | null, input: CreateUserInput) {
  assertCan(actor, "users:manage");
  const data = parseOrThrow(createUserSchema, input);
  const generatedPassword = data.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(data.password ?? generatedPassword!);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new Invalid({ email: ["emailTaken"] });
    }
    const created = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash,
        passwordChangeRequired: !data.password,
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      after: userSnapshot(created),
    });
    return created;
  });
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, generatedPassword };
}
