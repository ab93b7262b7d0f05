import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { validate } from "./validate";
import { version as versionField } from "./schemas/fields";
import { assertRecordId } from "@/lib/record-id";

/** Soft delete; services offered there keep their other locations. */
export async function archiveLocation(actor: Actor | null, id: string, version: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "location");
  const expected = validate(versionField, version);
  const result = await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.location.updateMany({
      where: { id, version: expected, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 }, updatedAt: now },
    });
    if (count === 0) await conflictOrNotFound(tx, "location", id);
    await recordAuditEvent(tx, actor, {
      action: "location.archive",
      entityType: "location",
      entityId: id,
      before: { deletedAt: null },
      after: { deletedAt: now.toISOString() },
    });
    await enqueueSearchSync(tx, { locationId: id });
    return { id, version: expected + 1 };
  });
  await afterCommit();
  return result;
}
