import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { validate } from "./validate";
import { version as versionField } from "./schemas/fields";
import { actorUserId } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

/** Undoes `archiveOrganization`, with the services that were archived along with it. */
export async function restoreOrganization(actor: Actor | null, id: string, version: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "organization");
  const expected = validate(versionField, version);
  const result = await db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id }, select: { deletedAt: true } });
    const archivedAt = org?.deletedAt;
    const { count } = await tx.organization.updateMany({
      where: { id, version: expected, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: new Date() },
    });
    if (count === 0 || !archivedAt) await conflictOrNotFound(tx, "organization", id);
    await tx.service.updateMany({
      where: { organizationId: id, deletedAt: archivedAt },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: actorUserId(actor) },
    });
    await recordAuditEvent(tx, actor, {
      action: "organization.restore",
      entityType: "organization",
      entityId: id,
      before: { deletedAt: archivedAt!.toISOString() },
      after: { deletedAt: null },
    });
    await enqueueSearchSync(tx, { organizationId: id });
    return { id, version: expected + 1 };
  });
  await afterCommit();
  return result;
}
