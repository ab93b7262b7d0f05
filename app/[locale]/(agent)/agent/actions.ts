"use server";

import { getActor } from "@/lib/auth/get-actor";
import { asActionResult } from "@/lib/calls/to-action-result";
import { endCall } from "@/lib/calls/end-call";
import { flagRecord } from "@/lib/calls/flag-record";
import { markReferred } from "@/lib/calls/mark-referred";
import { recordEmptySearch } from "@/lib/calls/record-empty-search";
import { recordUnmetNeed } from "@/lib/calls/record-unmet-need";
import { startCall } from "@/lib/calls/start-call";
import { updateCallContext } from "@/lib/calls/update-call-context";

// Thin edges: authenticate first (before looking at the input), then the domain function
// checks the role, validates and writes. Results are translated for the console.

export async function startCallAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(async () => {
    const call = await startCall(actor, input);
    return { id: call.id, startedAt: call.startedAt.toISOString(), placeLabel: call.place?.label ?? null };
  });
}

export async function updateCallContextAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(async () => {
    const call = await updateCallContext(actor, input);
    return { placeLabel: call.place?.label ?? null };
  });
}

export async function markReferredAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(() => markReferred(actor, input));
}

export async function recordUnmetNeedAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(async () => (await recordUnmetNeed(actor, input)).id);
}

export async function recordEmptySearchAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(() => recordEmptySearch(actor, input));
}

export async function endCallAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(async () => (await endCall(actor, input)).id);
}

export async function flagRecordAction(input: unknown) {
  const actor = await getActor();
  return asActionResult(async () => (await flagRecord(actor, input)).id);
}
