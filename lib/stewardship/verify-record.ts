import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { afterCommit } from "@/lib/directory/after-commit";
import { conflictOrNotFound } from "@/lib/directory/conflict";
import { actorUserId } from "@/lib/directory/write-context";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { addMonths, DEFAULT_INTERVAL_MONTHS } from "./review-dates";
import { verifyRecordInput } from "./schemas";
import { validateStewardship } from "./validate";

type Entity = "organization" | "service";
const planKey = (entity: Entity, id: string) =>
  entity === "organization" ? { organizationId: id } : { serviceId: id };

/**
 * "Verified": who, when, how (phone, email, web, visit, the organization's own update) and an
 * optional note, logged; the next review falls due after the record's interval (12 months
 * unless set otherwise; a new interval given here is kept for the record). "Verified, no
 * change" is this alone. Refused with Conflict if the record changed since `version` was read.
 */
export async function verifyRecord(actor: Actor | null, input: unknown, now = new Date()) {
  assertCan(actor, "records:write");
  const values = validateStewardship(verifyRecordInput, input);
  const result = await db.$transaction((tx) => verifyRecordInTx(tx, actor, values, now));
  await afterCommit();
  return result;
}

/** The same, inside a caller's transaction (applying an organization's update verifies it). */
export async function verifyRecordInTx(
  tx: Tx,
  actor: Actor,
  values: ReturnType<typeof verifyRecordInput.parse>,
  now: Date,
) {
  const { entity, id, version, method, note, intervalMonths } = values;
  const plan = await tx.reviewPlan.findUnique({ where: planKey(entity, id) });
  const months = intervalMonths ?? plan?.intervalMonths ?? DEFAULT_INTERVAL_MONTHS;
  const nextReviewAt = addMonths(now, months);
  const data = {
    lastVerifiedAt: now,
    lastVerifiedById: actorUserId(actor),
    nextReviewAt,
    version: { increment: 1 },
    updatedById: actorUserId(actor),
    updatedAt: now,
  };
  const where = { id, version, deletedAt: null };
  const before =
    entity === "organization"
      ? await tx.organization.findUnique({ where: { id }, select: { lastVerifiedAt: true, nextReviewAt: true } })
      : await tx.service.findUnique({ where: { id }, select: { lastVerifiedAt: true, nextReviewAt: true } });
  const { count } =
    entity === "organization"
      ? await tx.organization.updateMany({ where, data })
      : await tx.service.updateMany({ where, data });
  if (count === 0 || !before) await conflictOrNotFound(tx, entity, id);
  if (intervalMonths && intervalMonths !== plan?.intervalMonths)
    await tx.reviewPlan.upsert({
      where: planKey(entity, id),
      create: { ...planKey(entity, id), intervalMonths },
      update: { intervalMonths },
    });
  const verification = await tx.verification.create({
    data: {
      ...planKey(entity, id),
      method,
      note: note ?? null,
      verifiedById: actorUserId(actor),
      verifiedAt: now,
      nextReviewAt,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, actor, {
    action: `${entity}.verify`,
    entityType: entity,
    entityId: id,
    before: {
      lastVerifiedAt: before!.lastVerifiedAt?.toISOString() ?? null,
      nextReviewAt: before!.nextReviewAt?.toISOString().slice(0, 10) ?? null,
    },
    after: {
      lastVerifiedAt: now.toISOString(),
      nextReviewAt: nextReviewAt.toISOString().slice(0, 10),
      method,
      intervalMonths: months,
      ...(note && { note }),
    },
  });
  // The verified date is public (record pages, search documents): keep the index true.
  await enqueueSearchSync(tx, entity === "organization" ? { organizationId: id } : { serviceIds: [id] });
  return { id, version: version + 1, verificationId: verification.id, nextReviewAt };
}
