import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { assertAnotherActiveAdmin, loadUserForUpdate } from "./load-user-for-update";
import { setUserDisabledSchema } from "./user-schemas";
import { userSnapshot } from "./user-snapshot";
import { parseOrThrow } from "./validate";

/** Disables (ending the user's sessions at once) or re-enables an account. Never deletes: history keeps the name. */
export async function setUserDisabled(actor: Actor | null, input: { userId: string; disabled: boolean }) {
  assertCan(actor, "users:manage");
  const data = parseOrThrow(setUserDisabledSchema, input);
  if (data.disabled && actor.kind === "user" && actor.id === data.userId) throw new Invalid({ form: ["disableSelf"] });
  return db.$transaction(async (tx) => {
    const before = await loadUserForUpdate(tx, data.userId);
    if (!!before.disabledAt === data.disabled) return before;
    if (data.disabled && before.role === "admin") await assertAnotherActiveAdmin(tx, before.id, "form");
    const after = await tx.user.update({
      where: { id: before.id },
      data: {
        disabledAt: data.disabled ? new Date() : null,
        // Re-enabling must not revive a token issued before the account was disabled.
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, actor, {
      action: data.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: after.id,
      before: userSnapshot(before),
      after: userSnapshot(after),
    });
    return after;
  });
}
