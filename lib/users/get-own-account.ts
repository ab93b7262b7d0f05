import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";

/** What a staff member's own account page shows about their account (no role needed). */
export async function getOwnAccount(actor: Actor | null) {
  if (!actor || actor.kind !== "user") throw new Unauthenticated();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  return { twoStepEnabled: user.totpEnabledAt !== null };
}
