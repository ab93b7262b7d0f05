import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listOwner } from "./list-owner";
import { ownListItem } from "./own-list-item";

/** Moves an item one place up or down (buttons that work without JavaScript). */
export async function moveListItem(actor: Actor | null, listId: unknown, itemId: unknown, direction: unknown) {
  const ownerId = listOwner(actor);
  const step = direction === "up" ? -1 : 1;
  await db.$transaction(async (tx) => {
    const item = await ownListItem(tx, ownerId, listId, itemId);
    const items = await tx.workerListItem.findMany({ where: { listId: item.listId }, orderBy: { position: "asc" } });
    const index = items.findIndex((i) => i.id === item.id);
    const other = items[index + step];
    if (!other) return; // already first or last
    // Positions are unique only by convention (no constraint), so a swap is two plain updates.
    await tx.workerListItem.update({ where: { id: item.id }, data: { position: other.position } });
    await tx.workerListItem.update({ where: { id: other.id }, data: { position: item.position } });
  });
}
