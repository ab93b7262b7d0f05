import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { lockOpenCall } from "./open-call";
import { assertCanCalls } from "./permissions";
import { findPii } from "./pii";
import { emptySearchInput } from "./schemas";
import { validateCalls } from "./validate";

/**
 * A search of the call found nothing: kept with the call, as typed. Unlike the note, the
 * agent never sees an error here (it happens on its own), so words that look like personal
 * information are simply not kept.
 */
export async function recordEmptySearch(actor: Actor | null, input: unknown) {
  assertCanCalls(actor, "calls:write");
  const { callId, query } = validateCalls(emptySearchInput, input);
  if (!query || findPii(query)) return { kept: false };
  return db.$transaction(async (tx) => {
    await lockOpenCall(tx, actor, callId);
    // Typing on after an empty result fires again; one row per distinct query is enough.
    const already = await tx.callEmptySearch.findFirst({ where: { callId, query }, select: { id: true } });
    if (!already) await tx.callEmptySearch.create({ data: { callId, query } });
    return { kept: true };
  });
}
