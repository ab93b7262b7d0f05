import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFound } from "@/lib/errors";
import { assertCanSteward } from "./permissions";
import { updateLinkIdInput } from "./schemas";
import { validateStewardship } from "./validate";

/** Ends an update link at once (sent to the wrong person, the contact left…). */
export async function revokeUpdateLink(actor: Actor | null, input: unknown, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  const { linkId } = validateStewardship(updateLinkIdInput, input);
  return db.$transaction(async (tx) => {
    const link = await tx.updateLink.findUnique({ where: { id: linkId } });
    if (!link) throw new NotFound("update_link");
    if (link.revokedAt) return { id: link.id, revokedAt: link.revokedAt };
    await tx.updateLink.update({ where: { id: linkId }, data: { revokedAt: now } });
    await recordAuditEvent(tx, actor, {
      action: "update_link.revoke",
      entityType: "organization",
      entityId: link.organizationId,
      after: { linkId },
    });
    return { id: link.id, revokedAt: now };
  });
}
