import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { afterCommit } from "./after-commit";
import { replacePhones } from "./children";
import { conflictOrNotFound } from "./conflict";
import { updateOrganizationInput } from "./schemas/organization";
import { changedFields, organizationSnapshot } from "./snapshots";
import { validate } from "./validate";
import { actorUserId } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

/** Saves the organization's own fields; refused with Conflict if it changed since `version` was read. */
export async function updateOrganization(actor: Actor | null, id: string, input: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "organization");
  const values = validate(updateOrganizationInput, input);
  const result = await db.$transaction((tx) => updateOrganizationInTx(tx, actor, id, values));
  await afterCommit();
  return result;
}

/** The same write inside a caller's transaction (applying an organization's change request). */
export async function updateOrganizationInTx(
  tx: Tx,
  actor: Actor,
  id: string,
  { version, phones, ...fields }: z.output<typeof updateOrganizationInput>,
) {
  const before = await organizationSnapshot(tx, id);
  const { count } = await tx.organization.updateMany({
    where: { id, version },
    data: { ...fields, version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: new Date() },
  });
  if (count === 0) await conflictOrNotFound(tx, "organization", id);
  await replacePhones(tx, { organizationId: id }, phones);
  const diff = changedFields(before, await organizationSnapshot(tx, id));
  await recordAuditEvent(tx, actor, {
    action: "organization.update",
    entityType: "organization",
    entityId: id,
    before: diff.before,
    after: diff.after,
  });
  // Service documents carry the organization's name and phones.
  await enqueueSearchSync(tx, { organizationId: id });
  return { id, version: version + 1 };
}
