import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listOwner } from "./list-owner";
import { ownListItem } from "./own-list-item";

export async function removeListItem(actor: Actor | null, listId: unknown, itemId: unknown) {
  const ownerId = listOwner(actor);
  await db.$transaction(async (tx) => {
    const item = await ownListItem(tx, ownerId, listId, itemId);
    await tx.workerListItem.delete({ where: { id: item.id } });
  });
}
