import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listOwner } from "./list-owner";

/** The actor's lists, most recently changed first, with how many services each holds. */
export async function getOwnLists(actor: Actor | null) {
  const ownerId = listOwner(actor);
  const lists = await db.workerList.findMany({
    where: { ownerId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, name: true, updatedAt: true, _count: { select: { items: true } } },
  });
  return lists.map(({ _count, ...list }) => ({ ...list, itemCount: _count.items }));
}
