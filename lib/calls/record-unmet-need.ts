import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Invalid } from "@/lib/errors";
import { lockOpenCall } from "./open-call";
import { assertCanCalls } from "./permissions";
import { unmetNeedInput } from "./schemas";
import { validateCalls } from "./validate";

/** A need the agent could not meet, and why: what the statistics show the region lacks. */
export async function recordUnmetNeed(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "calls:write");
  const { callId, termCode, reason } = validateCalls(unmetNeedInput, input);
  return db.$transaction(async (tx) => {
    await lockOpenCall(tx, actor, callId);
    const term = await tx.taxonomyTerm.findUnique({ where: { code: termCode }, select: { id: true } });
    if (!term) throw new Invalid({ termCode: ["unknownOption"] });
    const row = await tx.callUnmetNeed.create({ data: { callId, termId: term.id, reason }, select: { id: true } });
    await recordAuditEvent(tx, actor, { action: "call.unmet_need", entityType: "call", entityId: callId });
    return { id: row.id, callId, termCode, reason };
  });
}
