import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { parseOrInvalid } from "@/lib/validation";
import { listOwner } from "./list-owner";
import { LIST_MESSAGES, listNoteSchema } from "./list-schemas";
import { ownListItem } from "./own-list-item";

/** The worker's private note on one item ("ask for the Tuesday clinic"); empty clears it. */
export async function updateListItemNote(
  actor: Actor | null,
  listId: unknown,
  itemId: unknown,
  input: { note: unknown },
) {
  const ownerId = listOwner(actor);
  const note = parseOrInvalid(listNoteSchema, input.note ?? "", LIST_MESSAGES);
  await db.$transaction(async (tx) => {
    const item = await ownListItem(tx, ownerId, listId, itemId);
    await tx.workerListItem.update({ where: { id: item.id }, data: { note } });
  });
}
