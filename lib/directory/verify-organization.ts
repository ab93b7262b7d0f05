import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { validate } from "./validate";
import { version as versionField } from "./schemas/fields";
import { actorUserId, oneYearFrom } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

/** "Verified with the organization today": the next review falls due in a year. */
export async function verifyOrganization(actor: Actor | null, id: string, version: unknown, now = new Date()) {
  assertCan(actor, "records:write");
  assertRecordId(id, "organization");
  const expected = validate(versionField, version);
  const result = await db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({
      where: { id },
      select: { lastVerifiedAt: true, nextReviewAt: true },
    });
    const nextReviewAt = oneYearFrom(now);
    const { count } = await tx.organization.updateMany({
      where: { id, version: expected },
      data: {
        lastVerifiedAt: now,
        lastVerifiedById: actorUserId(actor),
        nextReviewAt,
        version: { increment: 1 },
        updatedById: actorUserId(actor),
        updatedAt: now,
      },
    });
    if (count === 0 || !before) await conflictOrNotFound(tx, "organization", id);
    await recordAuditEvent(tx, actor, {
      action: "organization.verify",
      entityType: "organization",
      entityId: id,
      before: {
        lastVerifiedAt: before!.lastVerifiedAt?.toISOString() ?? null,
        nextReviewAt: before!.nextReviewAt?.toISOString().slice(0, 10) ?? null,
      },
      after: { lastVerifiedAt: now.toISOString(), nextReviewAt: nextReviewAt.toISOString().slice(0, 10) },
    });
    await enqueueSearchSync(tx, { organizationId: id });
    return { id, version: expected + 1 };
  });
  await afterCommit();
  return result;
}
