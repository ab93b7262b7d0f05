import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Forbidden, Invalid } from "@/lib/errors";
import { listOwner } from "./list-owner";

/**
 * A community worker deletes their own account (Law 25): the address, every list and note, and
 * every session go at once. Staff accounts are managed by an administrator, never here.
 */
export async function deleteOwnAccount(actor: Actor | null, input: { confirm: unknown }) {
  const ownerId = listOwner(actor);
  if (actor?.kind !== "user" || actor.role !== "worker") throw new Forbidden("account:delete");
  if (input.confirm !== "on") throw new Invalid({ confirm: ["confirmRequired"] });
  // Lists, items and sessions cascade; a worker has no audit, call or flag rows.
  await db.user.delete({ where: { id: ownerId } });
}
