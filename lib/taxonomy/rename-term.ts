import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/directory/after-commit";
import { conflictOrNotFound } from "@/lib/directory/conflict";
import { changedFields } from "@/lib/directory/snapshots";
import { validate } from "@/lib/directory/validate";
import { renameTermInput } from "./schemas";
import { subtreeServiceIds, termSnapshot } from "./subtree";
import { assertRecordId } from "@/lib/record-id";

/** Names and descriptions in both languages; the code does not change. */
export async function renameTerm(actor: Actor | null, id: string, input: unknown) {
  assertCan(actor, "taxonomy:write");
  assertRecordId(id, "taxonomyTerm");
  const { version, ...names } = validate(renameTermInput, input);
  const result = await db.$transaction(async (tx) => {
    const before = await tx.taxonomyTerm.findUnique({ where: { id } });
    if (!before) throw new NotFound("taxonomyTerm");
    const { count } = await tx.taxonomyTerm.updateMany({
      where: { id, version },
      data: { ...names, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (count === 0) await conflictOrNotFound(tx, "taxonomyTerm", id);
    const after = await tx.taxonomyTerm.findUniqueOrThrow({ where: { id } });
    const diff = changedFields(termSnapshot(before), termSnapshot(after));
    await recordAuditEvent(tx, actor, {
      action: "taxonomy.rename",
      entityType: "taxonomy_term",
      entityId: id,
      before: diff.before,
      after: diff.after,
    });
    await enqueueSearchSync(tx, { serviceIds: await subtreeServiceIds(tx, id) });
    return { id, version: version + 1 };
  });
  await afterCommit();
  return result;
}
