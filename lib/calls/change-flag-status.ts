import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFound } from "@/lib/errors";
import { assertCanCalls } from "./permissions";
import { flagStatusInput } from "./schemas";
import { validateCalls } from "./validate";

/** An editor takes a flag in hand, resolves or dismisses it. */
export async function changeFlagStatus(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "flags:manage");
  const { flagId, status } = validateCalls(flagStatusInput, input);
  return db.$transaction(async (tx) => {
    const before = await tx.recordFlag.findUnique({ where: { id: flagId }, select: { status: true } });
    if (!before) throw new NotFound("record_flag");
    const flag = await tx.recordFlag.update({
      where: { id: flagId },
      data: { status },
      select: { id: true, status: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "flag.status",
      entityType: "record_flag",
      entityId: flagId,
      before: { status: before.status },
      after: { status },
    });
    return flag;
  });
}
