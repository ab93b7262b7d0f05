import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { parseOrInvalid } from "@/lib/validation";
import { listOwner, lockOwnList } from "./list-owner";
import { LIST_MESSAGES, listNameSchema } from "./list-schemas";

export async function renameList(actor: Actor | null, listId: unknown, input: { name: unknown }) {
  const ownerId = listOwner(actor);
  const name = parseOrInvalid(listNameSchema, input.name, LIST_MESSAGES);
  await db.$transaction(async (tx) => {
    const id = await lockOwnList(tx, ownerId, listId);
    await tx.workerList.update({ where: { id }, data: { name } });
  });
}
