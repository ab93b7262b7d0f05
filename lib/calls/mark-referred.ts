import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFound } from "@/lib/errors";
import { lockOpenCall } from "./open-call";
import { assertCanCalls } from "./permissions";
import { referralInput } from "./schemas";
import { validateCalls } from "./validate";

/** The agent read this service out to the caller. Marking it twice is harmless. */
export async function markReferred(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "calls:write");
  const { callId, serviceId } = validateCalls(referralInput, input);
  return db.$transaction(async (tx) => {
    await lockOpenCall(tx, actor, callId);
    const service = await tx.service.findFirst({ where: { id: serviceId, deletedAt: null }, select: { id: true } });
    if (!service) throw new NotFound("service");
    await tx.callReferral.upsert({
      where: { callId_serviceId: { callId, serviceId } },
      create: { callId, serviceId },
      update: {},
    });
    await recordAuditEvent(tx, actor, {
      action: "call.referral",
      entityType: "call",
      entityId: callId,
      after: { serviceId },
    });
    return { callId, serviceId };
  });
}
