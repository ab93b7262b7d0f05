import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { Invalid, NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/directory/after-commit";
import { conflictOrNotFound } from "@/lib/directory/conflict";
import { validate } from "@/lib/directory/validate";
import { moveTermInput } from "./schemas";
import { subtreeIds, subtreeServiceIds } from "./subtree";
import { assertRecordId } from "@/lib/record-id";

/**
 * Gives a term a new parent (or makes it top-level). Codes are stable identifiers used by
 * links and the API, so they are kept as they are; only the tree changes.
 */
export async function moveTerm(actor: Actor | null, id: string, input: unknown) {
  assertCan(actor, "taxonomy:write");
  assertRecordId(id, "taxonomyTerm");
  const { version, parentId } = validate(moveTermInput, input);
  const result = await db.$transaction(async (tx) => {
    const term = await tx.taxonomyTerm.findUnique({ where: { id } });
    if (!term) throw new NotFound("taxonomyTerm");
    if (parentId) {
      if (!(await tx.taxonomyTerm.findUnique({ where: { id: parentId } }))) {
        throw new Invalid({ parentId: ["unknownOption"] });
      }
      // A term cannot go under itself or one of its descendants.
      if ((await subtreeIds(tx, id)).includes(parentId)) throw new Invalid({ parentId: ["termCycle"] });
    }
    const position = await tx.taxonomyTerm.count({ where: { parentId } });
    const { count } = await tx.taxonomyTerm.updateMany({
      where: { id, version },
      data: { parentId, position, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (count === 0) await conflictOrNotFound(tx, "taxonomyTerm", id);
    await recordAuditEvent(tx, actor, {
      action: "taxonomy.move",
      entityType: "taxonomy_term",
      entityId: id,
      before: { parentId: term.parentId },
      after: { parentId },
    });
    await enqueueSearchSync(tx, { serviceIds: await subtreeServiceIds(tx, id) });
    return { id, version: version + 1 };
  });
  await afterCommit();
  return result;
}
