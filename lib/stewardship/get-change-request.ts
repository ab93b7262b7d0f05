import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { NotFound } from "@/lib/errors";
import { assertCanSteward } from "./permissions";
import { buildProposal, changedSince, currentValueOf, diffProposal, recordVersions, type Proposal } from "./proposal";

/**
 * A change request with its field-by-field diff, for the editor's decision screen. Each change
 * also carries the record's value now, and whether it changed since the organization proposed
 * (`changedSince`): the merge view. `versions` are the record versions this view was built from.
 */
export async function getChangeRequest(actor: Actor | null, id: string) {
  assertCanSteward(actor, "stewardship:manage");
  const request = await db.changeRequest.findUnique({
    where: { id },
    include: { processedBy: { select: { name: true } } },
  });
  if (!request) throw new NotFound("change_request");
  const org = await getOrganizationForEdit(actor, request.organizationId);
  const changes = diffProposal(request.base as Proposal, request.proposed as Proposal, request.organizationId);
  const current = buildProposal(org, {}).base;
  const names = new Map<string, { nameFr: string; nameEn: string | null }>([
    [org.id, org],
    ...org.services.map((s) => [s.id, s] as const),
    ...org.locations.map((l) => [l.id, l] as const),
  ]);
  const municipalityIds = changes
    .filter((c) => c.field === "municipalityId")
    .flatMap((c) => [c.before, c.after, currentValueOf(current, c)])
    .filter((v): v is string => typeof v === "string" && v.length > 0);
  const municipalities = await db.municipality.findMany({
    where: { id: { in: [...new Set(municipalityIds)] } },
    select: { id: true, name: true },
  });
  return {
    id: request.id,
    status: request.status,
    submittedAt: request.submittedAt,
    processedAt: request.processedAt,
    processedBy: request.processedBy?.name ?? null,
    decisions: (request.decisions as Record<string, "accepted" | "rejected"> | null) ?? {},
    organization: { id: org.id, nameFr: org.nameFr, nameEn: org.nameEn },
    versions: recordVersions(org),
    municipalities: new Map(municipalities.map((m) => [m.id, m.name])),
    changes: changes.map((change) => ({
      ...change,
      recordName: names.get(change.record.id) ?? null,
      current: currentValueOf(current, change),
      changedSince: changedSince(current, change),
    })),
  };
}
