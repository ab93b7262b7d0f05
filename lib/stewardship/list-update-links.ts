import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCanSteward } from "./permissions";

/** An organization's update contact and its links still open, for the edit screen. */
export async function listUpdateLinks(actor: Actor | null, organizationId: string, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  const [contact, links] = await Promise.all([
    db.updateContact.findUnique({ where: { organizationId } }),
    db.updateLink.findMany({
      where: { organizationId, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, origin: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  return { contact, links };
}
