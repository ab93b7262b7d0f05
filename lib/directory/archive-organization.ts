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

/**
 * Soft delete. Its services are archived with it, stamped with the same instant, so that
 * restoring the organization brings back exactly those (and not services archived before).
 */
export async function archiveOrganization(actor: Actor | null, id: string, version: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "organization");
  const expected = validate(versionField, version);
  const result = await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.organization.updateMany({
      where: { id, version: expected, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: now },
    });
    if (count === 0) await conflictOrNotFound(tx, "organization", id);
    const services = await tx.service.findMany({
      where: { organizationId: id, deletedAt: null },
      select: { id: true },
    });
    await tx.service.updateMany({
      where: { organizationId: id, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 }, updatedById: actorUserId(actor) },
    });
    await recordAuditEvent(tx, actor, {
      action: "organization.archive",
      entityType: "organization",
      entityId: id,
      before: { deletedAt: null },
      after: { deletedAt: now.toISOString(), archivedServices: services.map((s) => s.id) },
    });
    await enqueueSearchSync(tx, { organizationId: id });
    return { id, version: expected + 1 };
  });
  await afterCommit();
  return result;
}
