import "server-only";
import { db } from "@/lib/db/client";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { Invalid, NotFound } from "@/lib/errors";
import { buildProposal } from "./proposal";
import { resolveUpdateLink } from "./resolve-update-link";
import { optionalEmail } from "./schemas";

export type UpdateSubmission = {
  organization?: Record<string, unknown>;
  services?: Record<string, Record<string, unknown>>;
  /** Sites' addresses, by location id. */
  locations?: Record<string, Record<string, unknown>>;
  /** Where to say the request was processed (prefilled with the update contact). */
  contactEmail?: unknown;
  locale?: unknown;
};

/**
 * An organization submits its record through its link. Nothing public changes: this stores a
 * change request (values validated by the back-office's own schemas) for an editor. Submitting
 * the same link again replaces the pending request instead of adding another.
 */
export async function submitChangeRequest(token: string, input: UpdateSubmission, now = new Date()) {
  const link = await resolveUpdateLink(token, now);
  if (link.state !== "valid") throw new NotFound("update_link");
  const org = await getOrganizationForEdit(SYSTEM_ACTOR, link.organizationId);
  const { base, proposed, errors } = buildProposal(org, input);
  const contact = optionalEmail.safeParse(input.contactEmail);
  if (!contact.success) errors.contactEmail = ["emailInvalid"];
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  const locale = input.locale === "en" ? "en" : "fr";
  const actor: Actor = { kind: "system", label: `update-link:${link.linkId}` };
  return db.$transaction(async (tx) => {
    const pending = await tx.changeRequest.findFirst({
      where: { updateLinkId: link.linkId, status: { in: ["new", "in_progress"] } },
      select: { id: true },
    });
    const data = {
      base,
      proposed,
      contactEmail: contact.data ?? null,
      locale,
      submittedAt: now,
    };
    const request = pending
      ? await tx.changeRequest.update({ where: { id: pending.id }, data, select: { id: true } })
      : await tx.changeRequest.create({
          data: { ...data, organizationId: link.organizationId, updateLinkId: link.linkId },
          select: { id: true },
        });
    await recordAuditEvent(tx, actor, {
      action: pending ? "change_request.resubmit" : "change_request.submit",
      entityType: "change_request",
      entityId: request.id,
      after: { organizationId: link.organizationId },
    });
    return { id: request.id, replaced: !!pending };
  });
}
