import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { kickEmailDelivery } from "@/lib/email/email-relay";
import { createUpdateLinkInTx } from "./create-update-link";
import { assertCanSteward } from "./permissions";
import { DUE_WITHIN_DAYS, startOfDay } from "./review-dates";

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/**
 * The yearly reminder: each public organization whose review falls due within 30 days (or is
 * past due) and that has an update contact receives its personal update link, at most once per
 * review date — a row in review_reminder, unique per (organization, review date), is written in
 * the same transaction as the link and the queued email, so two instances never both send.
 */
export async function sendReviewReminders(actor: Actor | null, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  const horizon = new Date(startOfDay(now).getTime() + DUE_WITHIN_DAYS * 86_400_000);
  const due = await db.organization.findMany({
    where: {
      deletedAt: null,
      status: { in: ["active", "temporarily_closed"] },
      nextReviewAt: { not: null, lte: horizon },
      updateContact: { isNot: null },
    },
    select: { id: true, nextReviewAt: true, reviewReminders: { select: { reviewDate: true } } },
  });
  let sent = 0;
  for (const organization of due) {
    const reviewDate = organization.nextReviewAt!;
    if (organization.reviewReminders.some((r) => r.reviewDate.getTime() === reviewDate.getTime())) continue;
    try {
      await db.$transaction(async (tx) => {
        await tx.reviewReminder.create({ data: { organizationId: organization.id, reviewDate, sentAt: now } });
        await createUpdateLinkInTx(tx, actor, organization.id, { origin: "reminder", send: true, now, reviewDate });
        await recordAuditEvent(tx, actor, {
          action: "organization.review_reminder",
          entityType: "organization",
          entityId: organization.id,
          after: { reviewDate: reviewDate.toISOString().slice(0, 10) },
        });
      });
      sent++;
    } catch (error) {
      // Another instance reminded this organization for this date first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  if (sent > 0) kickEmailDelivery();
  return { due: due.length, sent };
}
