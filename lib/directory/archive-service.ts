import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { NotFound } from "@/lib/errors";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { validate } from "./validate";
import { version as versionField } from "./schemas/fields";
import { actorUserId } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

/** Soft delete: the service leaves the public site and the index; history is kept. */
export async function archiveService(actor: Actor | null, id: string, version: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "service");
  const expected = validate(versionField, version);
  const result = await db.$transaction(async (tx) => {
    const now = new Date();
    const current = await tx.service.findUnique({
      where: { id },
      select: { deletedAt: true, organization: { select: { deletedAt: true } } },
    });
    if (!current) throw new NotFound("service");

    const { count } = await tx.service.updateMany({
      where: { id, version: expected, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: now },
    });
    if (count === 0) await conflictOrNotFound(tx, "service", id);
    await recordAuditEvent(tx, actor, {
      action: "service.archive",
      entityType: "service",
      entityId: id,
      before: { deletedAt: null },
      after: { deletedAt: now.toISOString() },
    });
    await enqueueSearchSync(tx, { serviceIds: [id] });
    return { id, version: expected + 1 };
  });
  await afterCommit();
  return result;
}
