import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { afterCommit } from "@/lib/directory/after-commit";
import { validate } from "@/lib/directory/validate";
import { actorUserId } from "@/lib/directory/write-context";
import { Invalid, NotFound } from "@/lib/errors";
import { enqueueSearchSync } from "@/lib/search/outbox";

export const mergeOrganizationsInput = z.object({
  survivorId: z.string().uuid("invalid"),
  mergedId: z.string().uuid("invalid"),
});

/**
 * Merges a duplicate organization into the one that survives, in one transaction: its services,
 * sites, phones, contacts and flags move to the survivor; its external identifiers now designate
 * the survivor (re-importing a partner's file updates the survivor); it is archived, its history
 * kept (append-only audit, a "merged" event on each record), and its public page redirects
 * permanently to the survivor's. Undo: docs/decisions/014 (manual procedure).
 */
export async function mergeOrganizations(actor: Actor | null, input: unknown) {
  assertCan(actor, "records:write");
  const { survivorId, mergedId } = validate(mergeOrganizationsInput, input);
  if (survivorId === mergedId) throw new Invalid({ mergedId: ["mergeSame"] });
  const result = await db.$transaction(async (tx) => {
    const [survivor, merged] = await Promise.all([
      tx.organization.findFirst({ where: { id: survivorId, deletedAt: null } }),
      tx.organization.findFirst({ where: { id: mergedId, deletedAt: null } }),
    ]);
    if (!survivor || !merged) throw new NotFound("organization");
    const phoneCount = await tx.phone.count({ where: { organizationId: survivorId } });
    const moved = {
      services: (
        await tx.service.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } })
      ).count,
      locations: (
        await tx.location.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } })
      ).count,
      contacts: (
        await tx.contact.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } })
      ).count,
      flags: (
        await tx.recordFlag.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } })
      ).count,
      // After the survivor's own phones, in their order.
      phones:
        (await tx.$executeRaw`UPDATE phone SET organization_id = ${survivorId}::uuid, position = position + ${phoneCount}
        WHERE organization_id = ${mergedId}::uuid`) as number,
      externalIds: (
        await tx.externalIdentifier.updateMany({
          where: { entityType: "organization", recordId: mergedId },
          data: { recordId: survivorId },
        })
      ).count,
    };
    const now = new Date();
    await tx.organization.update({
      where: { id: mergedId },
      data: { deletedAt: now, version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: now },
    });
    await tx.organization.update({
      where: { id: survivorId },
      data: { version: { increment: 1 }, updatedById: actorUserId(actor), updatedAt: now },
    });
    // The old page, and any page already redirected to the merged record, lead to the survivor.
    await tx.recordRedirect.updateMany({
      where: { entityType: "organization", toId: mergedId },
      data: { toId: survivorId },
    });
    await tx.recordRedirect.create({
      data: { entityType: "organization", fromId: mergedId, fromSlug: merged.slug, toId: survivorId },
    });
    await recordAuditEvent(tx, actor, {
      action: "organization.merge",
      entityType: "organization",
      entityId: survivorId,
      after: { mergedId, mergedName: merged.nameFr, mergedSlug: merged.slug, moved },
    });
    await recordAuditEvent(tx, actor, {
      action: "organization.merged_into",
      entityType: "organization",
      entityId: mergedId,
      before: { deletedAt: null },
      after: { survivorId, survivorName: survivor.nameFr, deletedAt: now.toISOString() },
    });
    await enqueueSearchSync(tx, { organizationId: survivorId });
    return { survivorId, mergedId, moved };
  });
  await afterCommit();
  return result;
}
