import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { Invalid, NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/directory/after-commit";
import { validate } from "@/lib/directory/validate";
import { mergeTermsInput } from "./schemas";
import { subtreeIds, subtreeServiceIds, termSnapshot } from "./subtree";

/**
 * Merges `source` into `target`: every service filed under the source is filed under the
 * target (once), the source's children move under the target, then the source is deleted.
 */
export async function mergeTerms(actor: Actor | null, input: unknown) {
  assertCan(actor, "taxonomy:write");
  const { sourceId, targetId } = validate(mergeTermsInput, input);
  const result = await db.$transaction(async (tx) => {
    const source = await tx.taxonomyTerm.findUnique({ where: { id: sourceId } });
    const target = await tx.taxonomyTerm.findUnique({ where: { id: targetId } });
    if (!source) throw new NotFound("taxonomyTerm");
    if (!target) throw new Invalid({ targetId: ["unknownOption"] });
    // The source's children would end up under their own descendant.
    if ((await subtreeIds(tx, sourceId)).includes(targetId)) throw new Invalid({ targetId: ["termCycle"] });

    const links = await tx.serviceTaxonomyTerm.findMany({ where: { termId: sourceId }, select: { serviceId: true } });
    const serviceIds = links.map((link) => link.serviceId);
    await tx.serviceTaxonomyTerm.createMany({
      data: serviceIds.map((serviceId) => ({ serviceId, termId: targetId })),
      skipDuplicates: true,
    });
    const children = await tx.taxonomyTerm.findMany({
      where: { parentId: sourceId },
      select: { id: true, code: true },
    });
    await tx.taxonomyTerm.updateMany({
      where: { parentId: sourceId },
      data: { parentId: targetId, version: { increment: 1 } },
    });
    await tx.taxonomyTerm.update({ where: { id: targetId }, data: { version: { increment: 1 } } });
    await tx.taxonomyTerm.delete({ where: { id: sourceId } });

    const summary = { mergedInto: target.code, services: serviceIds.length, children: children.map((c) => c.code) };
    await recordAuditEvent(tx, actor, {
      action: "taxonomy.merge",
      entityType: "taxonomy_term",
      entityId: sourceId,
      before: termSnapshot(source),
      after: summary,
    });
    await recordAuditEvent(tx, actor, {
      action: "taxonomy.merge_into",
      entityType: "taxonomy_term",
      entityId: targetId,
      before: { mergedFrom: null },
      after: { mergedFrom: source.code, services: serviceIds.length, children: summary.children },
    });
    // The moved links and the moved children's services now sit under the target.
    await enqueueSearchSync(tx, { serviceIds: await subtreeServiceIds(tx, targetId) });
    return { targetId, services: serviceIds.length };
  });
  await afterCommit();
  return result;
}
