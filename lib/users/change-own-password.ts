import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Invalid, Unauthenticated } from "@/lib/errors";
import { parseOrThrow } from "./validate";

const text = z.string().max(PASSWORD_MAX_LENGTH + 1, "password.tooLong");
const changeOwnPasswordSchema = z
  .object({ currentPassword: text.min(1, "currentRequired"), newPassword: text, confirmation: text })
  .refine((value) => value.newPassword === value.confirmation, { path: ["confirmation"], message: "mismatch" });

/**
 * Any signed-in staff member changes their own password, knowing the current one (a
 * borrowed, unlocked session is not enough). It also clears "must change at first sign-in"
 * and ends the user's other sessions; this one stays open.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown) {
  if (!actor || actor.kind !== "user") throw new Unauthenticated();
  const data = parseOrThrow(changeOwnPasswordSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword)))
    throw new Invalid({ currentPassword: ["currentWrong"] });
  const problems: string[] = checkPasswordPolicy(data.newPassword, user.email);
  if (data.newPassword === data.currentPassword) problems.push("sameAsCurrent");
  if (problems.length) throw new Invalid({ newPassword: problems.map((problem) => `password.${problem}`) });
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangeRequired: false, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, actor, {
      action: "user.password_change",
      entityType: "user",
      entityId: user.id,
      after: { passwordChanged: true },
    });
  });
  await endAllStaffSessions(user.id, actor.sessionId);
}
