import "server-only";
import type { Actor } from "@/lib/auth/actor";

/** The user to name in `updated_by_id`; scripts acting as the system leave it empty. */
export const actorUserId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

/** A year after today, as a date: the default next review of a verified record. */
export function oneYearFrom(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  return next;
}
