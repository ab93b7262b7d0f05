import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { Invalid, NotFound } from "@/lib/errors";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { validate } from "./validate";
import { version as versionField } from "./schemas/fields";
import { actorUserId } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

/** Undoes archiveService (its organization must not be archived). */
export async function restoreService(actor: Actor | null, id: string, version: unknown) {
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
    // A service cannot be public under an archived organization: restore the organization first.
    if (current.organization.deletedAt) throw new Invalid({ "": ["organizationArchived"] });
    const { count } = await tx.service.updateMany({
      where: { id, version: expected, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: now },
    });
    if (count === 0) await conflictOrNotFound(tx, "service", id);
    await recordAuditEvent(tx, actor, {
      action: "service.restore",
      entityType: "service",
      entityId: id,
      before: { deletedAt: current.deletedAt?.toISOString() ?? null },
      after: { deletedAt: null },
    });
    await enqueueSearchSync(tx, { serviceIds: [id] });
    return { id, version: expected + 1 };
  });
  await afterCommit();
  return result;
}
