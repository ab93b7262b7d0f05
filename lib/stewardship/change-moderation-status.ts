import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { changeFlagStatus } from "@/lib/calls/change-flag-status";
import { Invalid, NotFound } from "@/lib/errors";
import { actorUserId } from "@/lib/directory/write-context";
import { flagStatusOf } from "./list-moderation-inbox";
import { assertCanSteward } from "./permissions";
import { moderationStatusInput } from "./schemas";
import { validateStewardship } from "./validate";
import { notifyCorrectionClosed } from "./notify-correction-closed";
import { enqueueChangeRequestProcessedEmail } from "./emails";
import { kickEmailDelivery } from "@/lib/email/email-relay";

/**
 * Moves an inbox item to another status. Flags go through lib/calls (their own domain);
 * a change request is applied only from its diff screen (apply-change-request.ts), never here.
 * A correction closed (applied or dismissed) tells its sender, if they left an address, then
 * forgets the address.
 */
export async function changeModerationStatus(actor: Actor | null, input: unknown) {
  assertCanSteward(actor, "stewardship:manage");
  const { source, id, status } = validateStewardship(moderationStatusInput, input);
  if (source === "flag") return changeFlagStatus(actor, { flagId: id, status: flagStatusOf(status) });
  if (source === "change_request") {
    if (status === "applied") throw new Invalid({ status: ["unknownOption"] });
    const result = await db.$transaction(async (tx) => {
      const before = await tx.changeRequest.findUnique({
        where: { id },
        include: { organization: { select: { nameFr: true, nameEn: true } } },
      });
      if (!before) throw new NotFound("change_request");
      if (before.status === "applied" || before.status === "dismissed") throw new Invalid({ status: ["invalid"] });
      const closing = status === "dismissed";
      await tx.changeRequest.update({
        where: { id },
        data: {
          status,
          ...(closing && { processedAt: new Date(), processedById: actorUserId(actor), contactEmail: null }),
        },
      });
      // Dismissing is processing too: the organization is told, then its address forgotten.
      if (closing && before.contactEmail)
        await enqueueChangeRequestProcessedEmail(
          tx,
          { email: before.contactEmail, locale: before.locale },
          {
            organizationName:
              (before.locale === "en" ? before.organization.nameEn : null) ?? before.organization.nameFr,
            accepted: 0,
            rejected: 0,
            dismissed: true,
          },
        );
      await recordAuditEvent(tx, actor, {
        action: "change_request.status",
        entityType: "change_request",
        entityId: id,
        before: { status: before.status },
        after: { status },
      });
      return { id, status };
    });
    kickEmailDelivery();
    return result;
  }
  const result = await db.$transaction(async (tx) => {
    const before = await tx.correction.findUnique({ where: { id } });
    if (!before) throw new NotFound("correction");
    const closing = (status === "applied" || status === "dismissed") && before.status !== status;
    await tx.correction.update({
      where: { id },
      data: { status, handledById: actorUserId(actor), ...(closing && { email: null }) },
    });
    await recordAuditEvent(tx, actor, {
      action: "correction.status",
      entityType: "correction",
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
    if (closing && before.email) await notifyCorrectionClosed(tx, { ...before, status });
    return { id, status };
  });
  kickEmailDelivery();
  return result;
}
