import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Invalid } from "@/lib/errors";
import { lockOpenCall } from "./open-call";
import { assertCanCalls } from "./permissions";
import { endCallInput } from "./schemas";
import { validateCalls } from "./validate";

/** Saves the call: its needs, how the caller heard of 211 and the note (checked for personal information). */
export async function endCall(actor: Actor | null, input: unknown, now = new Date()) {
  assertCanCalls(actor, "calls:write");
  const { callId, needs, howHeard, note } = validateCalls(endCallInput, input);
  return db.$transaction(async (tx) => {
    await lockOpenCall(tx, actor, callId);
    const codes = [...new Set(needs)];
    const terms = await tx.taxonomyTerm.findMany({ where: { code: { in: codes } }, select: { id: true } });
    if (terms.length !== codes.length) throw new Invalid({ needs: ["unknownOption"] });
    await tx.callNeed.createMany({ data: terms.map((term) => ({ callId, termId: term.id })), skipDuplicates: true });
    const call = await tx.call.update({
      where: { id: callId },
      data: { endedAt: now, howHeard: howHeard ?? null, note: note || null },
      select: { id: true, startedAt: true, endedAt: true },
    });
    await recordAuditEvent(tx, actor, { action: "call.end", entityType: "call", entityId: callId });
    return call;
  });
}
