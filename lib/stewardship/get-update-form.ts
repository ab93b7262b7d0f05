import "server-only";
import { db } from "@/lib/db/client";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import type { ModerationStatus } from "@/lib/db/generated/enums";
import { buildProposal, type Proposal } from "./proposal";
import { resolveUpdateLink } from "./resolve-update-link";

/**
 * What the update form opens with: the organization's current record (or, when it already
 * submitted through this link and nothing was processed yet, what it submitted), its services'
 * names, and the language of its contact.
 */
export async function getUpdateForm(token: string, now = new Date()) {
  const link = await resolveUpdateLink(token, now);
  if (link.state !== "valid") return { state: link.state } as const;
  const org = await getOrganizationForEdit(SYSTEM_ACTOR, link.organizationId);
  const [contact, pending] = await Promise.all([
    db.updateContact.findUnique({ where: { organizationId: org.id } }),
    db.changeRequest.findFirst({
      where: { updateLinkId: link.linkId, status: { in: ["new", "in_progress"] } },
      select: { proposed: true, contactEmail: true, status: true },
    }),
  ]);
  const { base } = buildProposal(org, {});
  const values = (pending?.proposed as Proposal | undefined) ?? base;
  return {
    state: "valid" as const,
    expiresAt: link.expiresAt,
    organization: { id: org.id, nameFr: org.nameFr, nameEn: org.nameEn },
    services: org.services
      .filter((s) => !s.deletedAt && values.services[s.id])
      .map((s) => ({ id: s.id, nameFr: s.nameFr, nameEn: s.nameEn })),
    values,
    contactEmail: pending?.contactEmail ?? contact?.email ?? "",
    locale: contact?.locale === "en" ? ("en" as const) : ("fr" as const),
    pending: (pending?.status as ModerationStatus | undefined) ?? null,
  };
}
