import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { NotFound } from "@/lib/errors";
import { afterCommit } from "./after-commit";
import { conflictOrNotFound } from "./conflict";
import { updateServiceInput } from "./schemas/service";
import { serviceColumns, writeServiceLinks } from "./service-links";
import { changedFields, serviceSnapshot } from "./snapshots";
import { validate } from "./validate";
import { actorUserId } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

/** Saves every field of a service; refused with Conflict if it changed since `version` was read. */
export async function updateService(actor: Actor | null, id: string, input: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(id, "service");
  const parsed = validate(updateServiceInput, input);
  const result = await db.$transaction((tx) => updateServiceInTx(tx, actor, id, parsed));
  await afterCommit();
  return result;
}

/** The same write inside a caller's transaction (applying an organization's change request). */
export async function updateServiceInTx(
  tx: Tx,
  actor: Actor,
  id: string,
  { version, ...values }: z.output<typeof updateServiceInput>,
) {
  const current = await tx.service.findUnique({ where: { id }, select: { organizationId: true } });
  if (!current) throw new NotFound("service");
  const before = await serviceSnapshot(tx, id);
  const { count } = await tx.service.updateMany({
    where: { id, version },
    data: {
      ...serviceColumns(values),
      version: { increment: 1 },
      updatedById: actorUserId(actor),
      updatedAt: new Date(),
    },
  });
  if (count === 0) await conflictOrNotFound(tx, "service", id);
  await writeServiceLinks(tx, id, current.organizationId, values);
  const diff = changedFields(before, await serviceSnapshot(tx, id));
  await recordAuditEvent(tx, actor, {
    action: "service.update",
    entityType: "service",
    entityId: id,
    before: diff.before,
    after: diff.after,
  });
  await enqueueSearchSync(tx, { serviceIds: [id] });
  return { id, version: version + 1 };
}
