import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFound } from "@/lib/errors";
import { agentNotesInput } from "./schemas";
import { validateCalls } from "./validate";

/**
 * Notes for agents on a service or an organization ("ask for the intake line", "no walk-ins
 * on Fridays"). Internal: written by the record editors, read only in the agent console.
 * No search-outbox row — the notes are in no search document, on purpose.
 */
export async function updateAgentNotes(actor: Actor | null, input: unknown) {
  assertCan(actor, "records:write");
  const { entity, id, agentNotes } = validateCalls(agentNotesInput, input);
  const value = agentNotes || null;
  return db.$transaction(async (tx) => {
    const before =
      entity === "service"
        ? await tx.service.findUnique({ where: { id }, select: { agentNotes: true } })
        : await tx.organization.findUnique({ where: { id }, select: { agentNotes: true } });
    if (!before) throw new NotFound(entity);
    if (entity === "service") await tx.service.update({ where: { id }, data: { agentNotes: value } });
    else await tx.organization.update({ where: { id }, data: { agentNotes: value } });
    await recordAuditEvent(tx, actor, {
      action: `${entity}.agent_notes`,
      entityType: entity,
      entityId: id,
      before: { agentNotes: before.agentNotes },
      after: { agentNotes: value },
    });
    return { id, agentNotes: value };
  });
}
