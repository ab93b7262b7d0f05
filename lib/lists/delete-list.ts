import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listOwner, lockOwnList } from "./list-owner";

/** Deletes one of the actor's lists and its items (its notes go with it: nothing kept). */
export async function deleteList(actor: Actor | null, listId: unknown) {
  const ownerId = listOwner(actor);
  await db.$transaction(async (tx) => {
    const id = await lockOwnList(tx, ownerId, listId);
    await tx.workerList.delete({ where: { id } });
  });
}
