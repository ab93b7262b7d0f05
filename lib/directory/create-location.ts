import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { NotFound } from "@/lib/errors";
import { afterCommit } from "./after-commit";
import { locationColumns, writeLocationParts } from "./location-parts";
import { createLocationInput } from "./schemas/location";
import { locationSnapshot } from "./snapshots";
import { validate } from "./validate";
import { assertRecordId } from "@/lib/record-id";

export async function createLocation(actor: Actor | null, organizationId: string, input: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(organizationId, "organization");
  const values = validate(createLocationInput, input);
  const created = await db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
    if (!org) throw new NotFound("organization");
    const location = await tx.location.create({ data: { ...locationColumns(values), organizationId } });
    await writeLocationParts(tx, location.id, values);
    await recordAuditEvent(tx, actor, {
      action: "location.create",
      entityType: "location",
      entityId: location.id,
      after: await locationSnapshot(tx, location.id),
    });
    // No service is offered there yet; kept so that every write enqueues.
    await enqueueSearchSync(tx, { locationId: location.id });
    return location;
  });
  await afterCommit();
  return { id: created.id, version: created.version };
}
