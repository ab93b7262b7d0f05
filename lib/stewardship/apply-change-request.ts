import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { afterCommit } from "@/lib/directory/after-commit";
import { organizationDefaults, serviceDefaults } from "@/lib/directory/form-defaults";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { updateOrganizationInput } from "@/lib/directory/schemas/organization";
import { updateServiceInput } from "@/lib/directory/schemas/service";
import { updateOrganizationInTx } from "@/lib/directory/update-organization";
import { updateServiceInTx } from "@/lib/directory/update-service";
import { validate } from "@/lib/directory/validate";
import { actorUserId } from "@/lib/directory/write-context";
import { kickEmailDelivery } from "@/lib/email/email-relay";
import { Invalid, NotFound } from "@/lib/errors";
import { enqueueChangeRequestProcessedEmail } from "./emails";
import { assertCanSteward } from "./permissions";
import { diffProposal, type FieldChange, type Proposal } from "./proposal";
import { applyChangeRequestInput } from "./schemas";
import { validateStewardship } from "./validate";
import { verifyRecordInTx } from "./verify-record";

/** Accepted values over the record as it is now, through the back-office's own schema. */
function withAccepted(defaults: Record<string, unknown>, changes: FieldChange[]) {
  const next: Record<string, unknown> = { ...defaults };
  for (const change of changes) {
    if (change.field === "phones") {
      const old = (defaults.phones as Record<string, unknown>[]) ?? [];
      next.phones = (change.after as { number: string; extension: string | null }[]).map((p, i) => ({
        ...(old[i] ?? {}),
        number: p.number,
        extension: p.extension,
      }));
    } else next[change.field] = change.after;
  }
  return next;
}

/**
 * An editor's decision on an organization's change request, field by field: the accepted
 * fields are written through the directory's own update functions (audit and search outbox
 * included), the organization and the services it reviewed are marked verified ("organization's
 * update"), and the organization is told — all in one transaction. If the record was edited
 * meanwhile, the version check refuses the whole apply (Conflict) and nothing is written.
 */
export async function applyChangeRequest(actor: Actor | null, input: unknown, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  assertCan(actor, "records:write");
  const { id, accept } = validateStewardship(applyChangeRequestInput, input);
  const request = await db.changeRequest.findUnique({
    where: { id },
    include: { organization: { select: { nameFr: true, nameEn: true } } },
  });
  if (!request) throw new NotFound("change_request");
  if (request.status === "applied" || request.status === "dismissed") throw new Invalid({ id: ["invalid"] });
  const org = await getOrganizationForEdit(actor, request.organizationId);
  const changes = diffProposal(request.base as Proposal, request.proposed as Proposal, org.id);
  const accepted = changes.filter((change) => accept.includes(change.key));
  const decisions = Object.fromEntries(changes.map((c) => [c.key, accept.includes(c.key) ? "accepted" : "rejected"]));

  // Parsed before the transaction: an invalid combination is refused with the fields' errors.
  const orgChanges = accepted.filter((c) => c.record.kind === "organization");
  const orgInput = orgChanges.length
    ? validate(updateOrganizationInput, withAccepted(organizationDefaults(org), orgChanges))
    : null;
  const serviceInputs = org.services
    .filter((s) => !s.deletedAt)
    .map((service) => {
      const mine = accepted.filter((c) => c.record.kind === "service" && c.record.id === service.id);
      return {
        service,
        input: mine.length ? validate(updateServiceInput, withAccepted(serviceDefaults(service), mine)) : null,
      };
    });
  const reviewed = Object.keys((request.proposed as Proposal).services);

  await db.$transaction(async (tx) => {
    let orgVersion = org.version;
    if (orgInput) orgVersion = (await updateOrganizationInTx(tx, actor, org.id, orgInput)).version;
    await verifyRecordInTx(
      tx,
      actor,
      { entity: "organization", id: org.id, version: orgVersion, method: "organization_update", note: undefined },
      now,
    );
    for (const { service, input: serviceInput } of serviceInputs) {
      if (!reviewed.includes(service.id)) continue;
      let version = service.version;
      if (serviceInput) version = (await updateServiceInTx(tx, actor, service.id, serviceInput)).version;
      await verifyRecordInTx(
        tx,
        actor,
        { entity: "service", id: service.id, version, method: "organization_update", note: undefined },
        now,
      );
    }
    await tx.changeRequest.update({
      where: { id },
      data: {
        status: "applied",
        decisions,
        processedAt: now,
        processedById: actorUserId(actor),
        contactEmail: null,
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "change_request.apply",
      entityType: "change_request",
      entityId: id,
      after: { organizationId: org.id, decisions },
    });
    if (request.contactEmail)
      await enqueueChangeRequestProcessedEmail(
        tx,
        { email: request.contactEmail, locale: request.locale },
        {
          organizationName:
            (request.locale === "en" ? request.organization.nameEn : null) ?? request.organization.nameFr,
          accepted: accepted.length,
          rejected: changes.length - accepted.length,
        },
      );
  });
  await afterCommit();
  kickEmailDelivery();
  return { id, accepted: accepted.length, rejected: changes.length - accepted.length };
}
