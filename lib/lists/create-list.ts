import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { parseOrInvalid } from "@/lib/validation";
import { addServicesToList } from "./add-services-to-list";
import { listOwner } from "./list-owner";
import { LIST_MESSAGES, listNameSchema } from "./list-schemas";
import { parseListSlugs } from "./list-slugs";

const createListSchema = z.object({ name: listNameSchema, services: z.unknown().optional().transform(parseListSlugs) });

/** A new named list, optionally filled at once (the browser's list moved into the account). */
export async function createList(actor: Actor | null, input: { name: unknown; services?: unknown }) {
  const ownerId = listOwner(actor);
  const { name, services } = parseOrInvalid(createListSchema, input, LIST_MESSAGES);
  return db.$transaction(async (tx) => {
    const list = await tx.workerList.create({ data: { ownerId, name }, select: { id: true } });
    await addServicesToList(tx, list.id, services);
    return list;
  });
}
