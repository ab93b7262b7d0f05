import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { addServicesToList } from "./add-services-to-list";
import { listOwner, lockOwnList } from "./list-owner";
import { parseListSlugs } from "./list-slugs";

/** Adds services (slugs) to one of the actor's lists; returns how many were new. */
export async function addToList(actor: Actor | null, listId: unknown, services: unknown) {
  const ownerId = listOwner(actor);
  return db.$transaction(async (tx) =>
    addServicesToList(tx, await lockOwnList(tx, ownerId, listId), parseListSlugs(services)),
  );
}
