import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { generatePassword } from "./generate-password";
import { loadUserForUpdate } from "./load-user-for-update";
import { resetUserPasswordSchema } from "./user-schemas";
import { parseOrThrow } from "./validate";

/**
 * Sets a new password (the given one, or a generated one returned once) and ends the
 * user's sessions. The audit row records that a reset happened, never a hash.
 */
export async function resetUserPassword(actor: Actor | null, input: { userId: string; password?: string }) {
  assertCan(actor, "users:manage");
  const data = parseOrThrow(resetUserPasswordSchema, input);
  const password = data.password ?? generatePassword();
  return db.$transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, data.userId);
    const problems = checkPasswordPolicy(password, user.email);
    if (problems.length) throw new Invalid({ password: problems.map((problem) => `password.${problem}`) });
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(password),
        // A password someone else generated is only good for the next sign-in.
        passwordChangeRequired: !data.password,
        // An admin's reset is also the way back in for someone who lost their phone.
        totpSecret: null,
        totpEnabledAt: null,
        recoveryCodeHashes: [],
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "user.password_reset",
      entityType: "user",
      entityId: user.id,
      after: { passwordReset: true, generated: !data.password },
    });
    return { userId: user.id, generatedPassword: data.password ? undefined : password };
  });
}
