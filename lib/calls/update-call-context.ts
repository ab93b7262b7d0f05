import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Invalid } from "@/lib/errors";
import { lockOpenCall } from "./open-call";
import { assertCanCalls } from "./permissions";
import { resolveCallerPlace } from "./resolve-caller-place";
import { callContextInput } from "./schemas";
import { validateCalls } from "./validate";

const updateCallContextInput = callContextInput.extend({ callId: z.uuid({ message: "invalid" }) });

/** The caller's context changes during the call (they moved on to their mother's town, say). */
export async function updateCallContext(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "calls:write");
  const { callId, place: placeText, language, ageGroup } = validateCalls(updateCallContextInput, input);
  const place = await resolveCallerPlace(placeText);
  if (placeText && !place) throw new Invalid({ place: ["placeUnknown"] });
  return db.$transaction(async (tx) => {
    await lockOpenCall(tx, actor, callId);
    await tx.call.update({
      where: { id: callId },
      data: {
        municipalityId: place?.municipalityId ?? null,
        mrc: place?.mrc ?? null,
        regionCode: place?.regionCode ?? null,
        language,
        ageGroup: ageGroup ?? null,
      },
    });
    await recordAuditEvent(tx, actor, { action: "call.context", entityType: "call", entityId: callId });
    return { id: callId, place, language, ageGroup: ageGroup ?? null };
  });
}
