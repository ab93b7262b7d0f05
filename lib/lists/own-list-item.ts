import "server-only";
import type { Tx } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { assertRecordId } from "@/lib/record-id";
import { lockOwnList } from "./list-owner";

/** An item of one of the owner's lists (its list locked), or NotFound. */
export async function ownListItem(tx: Tx, ownerId: string, listId: unknown, itemId: unknown) {
  const list = await lockOwnList(tx, ownerId, listId);
  assertRecordId(itemId, "listItem");
  const item = await tx.workerListItem.findFirst({ where: { id: itemId, listId: list } });
  if (!item) throw new NotFound("listItem");
  return item;
}
