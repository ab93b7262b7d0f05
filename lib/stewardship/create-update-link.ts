import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId } from "@/lib/directory/write-context";
import { kickEmailDelivery } from "@/lib/email/email-relay";
import { Invalid, NotFound } from "@/lib/errors";
import { enqueueUpdateLinkEmail } from "./emails";
import { assertCanSteward } from "./permissions";
import { createUpdateLinkInput } from "./schemas";
import { hashUpdateToken, newUpdateToken, UPDATE_LINK_DAYS, updateLinkUrl } from "./update-link-token";
import { validateStewardship } from "./validate";

/**
 * A personal update link for one organization: valid 30 days, revocable, stored as a keyed
 * hash. The URL is returned once (for the editor to copy) and, when asked, emailed to the
 * organization's update contact in its language.
 */
export async function createUpdateLink(actor: Actor | null, input: unknown, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  const values = validateStewardship(createUpdateLinkInput, input);
  const result = await db.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({
      where: { id: values.organizationId, deletedAt: null },
      select: { id: true },
    });
    if (!organization) throw new NotFound("organization");
    if (values.email)
      await tx.updateContact.upsert({
        where: { organizationId: organization.id },
        create: { organizationId: organization.id, email: values.email, locale: values.locale ?? "fr" },
        update: { email: values.email, ...(values.locale && { locale: values.locale }) },
      });
    else if (values.locale)
      await tx.updateContact.updateMany({
        where: { organizationId: organization.id },
        data: { locale: values.locale },
      });
    const contact = await tx.updateContact.findUnique({ where: { organizationId: organization.id } });
    if (values.send && !contact) throw new Invalid({ email: ["required"] });
    return createUpdateLinkInTx(tx, actor, organization.id, { origin: "editor", send: values.send, now });
  });
  if (values.send) kickEmailDelivery();
  return result;
}

/** The link itself, inside a caller's transaction (the yearly reminder makes one too). */
export async function createUpdateLinkInTx(
  tx: Tx,
  actor: Actor,
  organizationId: string,
  options: { origin: "editor" | "reminder"; send: boolean; now: Date; reviewDate?: Date },
) {
  const token = newUpdateToken();
  const expiresAt = new Date(options.now.getTime() + UPDATE_LINK_DAYS * 86_400_000);
  const link = await tx.updateLink.create({
    data: {
      organizationId,
      tokenHash: hashUpdateToken(token),
      origin: options.origin,
      createdById: actorUserId(actor),
      createdAt: options.now,
      expiresAt,
    },
    select: { id: true },
  });
  const contact = await tx.updateContact.findUnique({ where: { organizationId } });
  const locale = contact?.locale ?? "fr";
  const url = updateLinkUrl(token, locale);
  if (options.send && contact) {
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { nameFr: true, nameEn: true },
    });
    await enqueueUpdateLinkEmail(
      tx,
      { email: contact.email, locale },
      {
        organizationName: (locale === "en" ? organization.nameEn : null) ?? organization.nameFr,
        url,
        expiresAt,
        reminder: options.origin === "reminder",
        reviewDate: options.reviewDate,
      },
    );
  }
  await recordAuditEvent(tx, actor, {
    action: "update_link.create",
    entityType: "organization",
    entityId: organizationId,
    after: { linkId: link.id, origin: options.origin, expiresAt: expiresAt.toISOString(), emailed: options.send },
  });
  return { id: link.id, url, expiresAt };
}
