import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFound } from "@/lib/errors";
import { assertCanCalls } from "./permissions";
import { flagRecordInput } from "./schemas";
import { validateCalls } from "./validate";

/** "This number doesn't work / this is wrong": queues the service or organization for the editors. */
export async function flagRecord(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "calls:write");
  const { serviceId, organizationId, reason, comment } = validateCalls(flagRecordInput, input);
  return db.$transaction(async (tx) => {
    const exists = serviceId
      ? await tx.service.count({ where: { id: serviceId } })
      : await tx.organization.count({ where: { id: organizationId } });
    if (!exists) throw new NotFound(serviceId ? "service" : "organization");
    const flag = await tx.recordFlag.create({
      data: {
        serviceId: serviceId ?? null,
        organizationId: organizationId ?? null,
        reason,
        comment: comment || null,
        reportedById: actor.kind === "user" ? actor.id : null,
      },
      select: { id: true, status: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "flag.create",
      entityType: "record_flag",
      entityId: flag.id,
      after: { serviceId, organizationId, reason },
    });
    return flag;
  });
}
