import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { afterCommit } from "@/lib/directory/after-commit";
import {
  locationSubmission,
  organizationDefaults,
  schedulePosted,
  serviceSubmission,
} from "@/lib/directory/form-defaults";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { updateLocationInput } from "@/lib/directory/schemas/location";
import { updateOrganizationInput } from "@/lib/directory/schemas/organization";
import { updateServiceInput } from "@/lib/directory/schemas/service";
import { updateLocationInTx } from "@/lib/directory/update-location";
import { updateOrganizationInTx } from "@/lib/directory/update-organization";
import { updateServiceInTx } from "@/lib/directory/update-service";
import { validate } from "@/lib/directory/validate";
import { actorUserId } from "@/lib/directory/write-context";
import { kickEmailDelivery } from "@/lib/email/email-relay";
import { Invalid, NotFound } from "@/lib/errors";
import { enqueueChangeRequestProcessedEmail } from "./emails";
import type { ScheduleValue } from "./field-values";
import { assertCanSteward } from "./permissions";
import {
  addressedLocations,
  buildProposal,
  changedSince,
  diffProposal,
  overlay,
  recordVersions,
  type FieldChange,
  type Proposal,
} from "./proposal";
import { applyChangeRequestInput } from "./schemas";
import { ChangedSinceRequest } from "./changed-since-request";
import { validateStewardship } from "./validate";
import { verifyRecordInTx } from "./verify-record";

/** Accepted values over the record as it is now (as its form posts it), through its own schema. */
function withAccepted(posted: Record<string, unknown>, changes: FieldChange[]) {
  const submitted = Object.fromEntries(
    changes.map((change) => [
      change.field,
      change.field === "schedules" ? (change.after as ScheduleValue[]).map(schedulePosted) : change.after,
    ]),
  );
  return overlay(posted, submitted, Object.keys(submitted));
}

/**
 * An editor's decision on an organization's change request, field by field: the accepted
 * fields are written through the directory's own update functions (audit and search outbox
 * included), the organization and the services it reviewed are marked verified ("organization's
 * update"), and the organization is told — all in one transaction.
 *
 * Accepted values go over the record as it is now, so other edits made meanwhile are kept. An
 * accepted field that itself changed since the organization proposed it is applied only if the
 * editor's screen showed that change (`seen`: the versions it was built from); otherwise, or if
 * the record changes while applying, nothing is written and the request stays open: the screen
 * then shows, for each such field, the value proposed from, the value now and the proposal.
 */
export async function applyChangeRequest(actor: Actor | null, input: unknown, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  assertCan(actor, "records:write");
  const { id, accept, seen } = validateStewardship(applyChangeRequestInput, input);
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

  const current = buildProposal(org, {}).base;
  const versions = new Set(recordVersions(org));
  const unseen = accepted.filter(
    (change) =>
      changedSince(current, change) &&
      !seen.some((v) => versions.has(v) && v.startsWith(`${change.record.kind}:${change.record.id}:`)),
  );
  if (unseen.length > 0) throw new ChangedSinceRequest(unseen.map((c) => c.key));

  // Parsed before the transaction: an invalid combination is refused with the fields' errors.
  const mine = (kind: FieldChange["record"]["kind"], recordId: string) =>
    accepted.filter((c) => c.record.kind === kind && c.record.id === recordId);
  const orgChanges = mine("organization", org.id);
  const orgInput = orgChanges.length
    ? validate(updateOrganizationInput, withAccepted(organizationDefaults(org), orgChanges))
    : null;
  const serviceInputs = org.services
    .filter((s) => !s.deletedAt)
    .map((service) => {
      const changed = mine("service", service.id);
      return {
        service,
        input: changed.length ? validate(updateServiceInput, withAccepted(serviceSubmission(service), changed)) : null,
      };
    });
  const locationInputs = addressedLocations(org).flatMap((location) => {
    const changed = mine("location", location.id);
    return changed.length
      ? [{ location, input: validate(updateLocationInput, withAccepted(locationSubmission(location), changed)) }]
      : [];
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
    for (const { location, input: locationInput } of locationInputs)
      await updateLocationInTx(tx, actor, location.id, locationInput);
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
