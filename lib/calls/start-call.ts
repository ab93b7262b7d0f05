import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Invalid } from "@/lib/errors";
import { assertCanCalls } from "./permissions";
import { resolveCallerPlace } from "./resolve-caller-place";
import { callContextInput } from "./schemas";
import { validateCalls } from "./validate";

/** Opens a call with the caller's context (place, language, age group), set once for all its searches. */
export async function startCall(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "calls:write");
  const { place: placeText, language, ageGroup } = validateCalls(callContextInput, input);
  const place = await resolveCallerPlace(placeText);
  if (placeText && !place) throw new Invalid({ place: ["placeUnknown"] });
  return db.$transaction(async (tx) => {
    const call = await tx.call.create({
      data: {
        agentId: actor.kind === "user" ? actor.id : null,
        municipalityId: place?.municipalityId ?? null,
        mrc: place?.mrc ?? null,
        regionCode: place?.regionCode ?? null,
        language,
        ageGroup: ageGroup ?? null,
      },
      select: { id: true, startedAt: true },
    });
    // The audit row names the call only: its content is deleted with it at the retention limit.
    await recordAuditEvent(tx, actor, { action: "call.start", entityType: "call", entityId: call.id });
    return { ...call, place, language, ageGroup: ageGroup ?? null };
  });
}
