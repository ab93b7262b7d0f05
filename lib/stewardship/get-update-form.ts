import "server-only";
import { db } from "@/lib/db/client";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import type { ModerationStatus } from "@/lib/db/generated/enums";
import { addressedLocations, buildProposal, type Proposal, type RecordValues } from "./proposal";
import { resolveUpdateLink } from "./resolve-update-link";

/**
 * What the update form opens with: the organization's current record (or, when it already
 * submitted through this link and nothing was processed yet, what it submitted), the names of
 * its services and sites, the municipalities an address may name, and its contact's language.
 */
export async function getUpdateForm(token: string, now = new Date()) {
  const link = await resolveUpdateLink(token, now);
  if (link.state !== "valid") return { state: link.state } as const;
  const org = await getOrganizationForEdit(SYSTEM_ACTOR, link.organizationId);
  const [contact, pending, municipalities] = await Promise.all([
    db.updateContact.findUnique({ where: { organizationId: org.id } }),
    db.changeRequest.findFirst({
      where: { updateLinkId: link.linkId, status: { in: ["new", "in_progress"] } },
      select: { proposed: true, contactEmail: true, status: true },
    }),
    // The choices of a site's municipality; an organization without a site needs none.
    addressedLocations(org).length
      ? db.municipality.findMany({ select: { id: true, name: true, mrc: true }, orderBy: { name: "asc" } })
      : [],
  ]);
  const { base } = buildProposal(org, {});
  const proposed = (pending?.proposed as Proposal | undefined) ?? base;
  // A request stored before hours and sites were in the form lacks them: those start as they are.
  const merge = (now: Record<string, RecordValues> = {}, then: Record<string, RecordValues> = {}) =>
    Object.fromEntries(Object.entries(then).map(([id, fields]) => [id, { ...now[id], ...fields }]));
  const values = {
    organization: proposed.organization,
    services: merge(base.services, proposed.services),
    locations: { ...base.locations, ...merge(base.locations, proposed.locations) },
  };
  return {
    state: "valid" as const,
    expiresAt: link.expiresAt,
    organization: { id: org.id, nameFr: org.nameFr, nameEn: org.nameEn },
    services: org.services
      .filter((s) => !s.deletedAt && values.services[s.id])
      .map((s) => ({ id: s.id, nameFr: s.nameFr, nameEn: s.nameEn })),
    locations: addressedLocations(org)
      .filter((l) => values.locations[l.id])
      .map((l) => ({ id: l.id, nameFr: l.nameFr, nameEn: l.nameEn })),
    values,
    municipalities,
    contactEmail: pending?.contactEmail ?? contact?.email ?? "",
    locale: contact?.locale === "en" ? ("en" as const) : ("fr" as const),
    pending: (pending?.status as ModerationStatus | undefined) ?? null,
  };
}
