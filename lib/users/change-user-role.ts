import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { assertAnotherActiveAdmin, loadUserForUpdate } from "./load-user-for-update";
import { changeUserRoleSchema } from "./user-schemas";
import { userSnapshot } from "./user-snapshot";
import { parseOrThrow } from "./validate";

/** Changes a role; the user's open sessions end on their next request (session version bump). */
export async function changeUserRole(actor: Actor | null, input: { userId: string; role: string; version?: number }) {
  assertCan(actor, "users:manage");
  const data = parseOrThrow(changeUserRoleSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadUserForUpdate(tx, data.userId);
    if (data.version !== undefined && data.version !== before.version) {
      throw new Conflict({ currentVersion: before.version, updatedBy: null, updatedAt: before.updatedAt });
    }
    if (before.role === data.role) return before;
    if (before.role === "admin") await assertAnotherActiveAdmin(tx, before.id, "role");
    const after = await tx.user.update({
      where: { id: before.id },
      data: { role: data.role, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, actor, {
      action: "user.role_change",
      entityType: "user",
      entityId: after.id,
      before: userSnapshot(before),
      after: userSnapshot(after),
    });
    return after;
  });
}
