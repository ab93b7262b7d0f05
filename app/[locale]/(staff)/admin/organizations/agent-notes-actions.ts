"use server";

import { getActor } from "@/lib/auth/get-actor";
import type { ActionResult } from "@/lib/calls/action-result";
import { asActionResult } from "@/lib/calls/to-action-result";
import { updateAgentNotes } from "@/lib/calls/update-agent-notes";

/** Authenticate first, then read the form; the domain checks "records:write". */
export async function saveAgentNotesAction(
  _state: ActionResult<unknown> | null,
  formData: FormData,
): Promise<ActionResult<unknown>> {
  const actor = await getActor();
  return asActionResult(() =>
    updateAgentNotes(actor, {
      entity: formData.get("entity"),
      id: formData.get("id"),
      agentNotes: formData.get("agentNotes") ?? "",
    }),
  );
}
