import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { locationColumns, writeLocationParts } from "./location-parts";
import { updateLocationInput } from "./schemas/location";
import { changedFields, locationSnapshot } from "./snapshots";
import { validate } from "./validate";
import { assertRecordId } from "@/lib/record-id";

export async function updateLocation(actor: Actor | null, id: string, input: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "location");
  const parsed = validate(updateLocationInput, input);
  const result = await db.$transaction((tx) => updateLocationInTx(tx, actor, id, parsed));
  await afterCommit();
  return result;
}

/** The same write inside a caller's transaction (applying an organization's change request). */
export async function updateLocationInTx(
  tx: Tx,
  actor: Actor,
  id: string,
  { version, ...values }: z.output<typeof updateLocationInput>,
) {
  const before = await locationSnapshot(tx, id);
  const { count } = await tx.location.updateMany({
    where: { id, version },
    data: { ...locationColumns(values), version: { increment: 1 }, updatedAt: new Date() },
  });
  if (count === 0) await conflictOrNotFound(tx, "location", id);
  await writeLocationParts(tx, id, values);
  const diff = changedFields(before, await locationSnapshot(tx, id));
  await recordAuditEvent(tx, actor, {
    action: "location.update",
    entityType: "location",
    entityId: id,
    before: diff.before,
    after: diff.after,
  });
  // Every service offered here shows this address, its distance and accessibility.
  await enqueueSearchSync(tx, { locationId: id });
  return { id, version: version + 1 };
}
