import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { assertCanSteward } from "./permissions";
import { diffProposal, type Proposal } from "./proposal";

/** A change request with its field-by-field diff, for the editor's decision screen. */
export async function getChangeRequest(actor: Actor | null, id: string) {
  assertCanSteward(actor, "stewardship:manage");
  const request = await db.changeRequest.findUnique({
    where: { id },
    include: {
      organization: {
        select: {
          id: true,
          nameFr: true,
          nameEn: true,
          services: { select: { id: true, nameFr: true, nameEn: true } },
        },
      },
      processedBy: { select: { name: true } },
    },
  });
  if (!request) throw new NotFound("change_request");
  const changes = diffProposal(request.base as Proposal, request.proposed as Proposal, request.organizationId);
  const serviceNames = new Map(request.organization.services.map((s) => [s.id, s]));
  return {
    id: request.id,
    status: request.status,
    submittedAt: request.submittedAt,
    processedAt: request.processedAt,
    processedBy: request.processedBy?.name ?? null,
    decisions: (request.decisions as Record<string, "accepted" | "rejected"> | null) ?? {},
    organization: request.organization,
    changes: changes.map((change) => ({
      ...change,
      recordName:
        change.record.kind === "organization" ? request.organization : (serviceNames.get(change.record.id) ?? null),
    })),
  };
}
