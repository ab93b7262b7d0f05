import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { Forbidden, NotFound } from "@/lib/errors";
import { assertRecordId } from "@/lib/record-id";

/** The signed-in person whose lists these are; the system actor has none. */
export function listOwner(actor: Actor | null): string {
  assertCan(actor, "lists:own");
  if (actor.kind !== "user") throw new Forbidden("lists:own");
  return actor.id;
}

/**
 * The list, if `ownerId` owns it. Another person's list is NotFound, exactly like a list that
 * does not exist: nobody learns which ids exist. Locks the row for the rest of the transaction,
 * so concurrent reorders of one list take turns.
 */
export async function lockOwnList(tx: Tx, ownerId: string, listId: unknown): Promise<string> {
  assertRecordId(listId, "list");
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM worker_list WHERE id = ${listId}::uuid AND owner_id = ${ownerId}::uuid FOR UPDATE`;
  if (!rows.length) throw new NotFound("list");
  return listId;
}
