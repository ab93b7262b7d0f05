import "server-only";
import type { Tx } from "@/lib/db/client";
import { publicWhere } from "@/lib/directory/public-record";
import { MAX_LIST_ITEMS } from "./list-slugs";

/**
 * Appends public services (by slug, in order) to a list the caller already checked is the
 * actor's; services already in it, unknown or not public are skipped. Returns how many were added.
 */
export async function addServicesToList(tx: Tx, listId: string, slugs: readonly string[]): Promise<number> {
  if (!slugs.length) return 0;
  const [services, existing] = await Promise.all([
    tx.service.findMany({
      where: { slug: { in: [...slugs] }, ...publicWhere, organization: publicWhere },
      select: { id: true, slug: true },
    }),
    tx.workerListItem.findMany({ where: { listId }, select: { serviceId: true, position: true } }),
  ]);
  const present = new Set(existing.map((item) => item.serviceId));
  let position = existing.reduce((max, item) => Math.max(max, item.position), -1);
  const room = MAX_LIST_ITEMS - existing.length;
  const toAdd = slugs
    .map((slug) => services.find((s) => s.slug === slug))
    .filter((s): s is { id: string; slug: string } => !!s && !present.has(s.id))
    .slice(0, Math.max(0, room));
  if (toAdd.length)
    await tx.workerListItem.createMany({
      data: toAdd.map((service) => ({ listId, serviceId: service.id, position: ++position })),
    });
  await tx.workerList.update({ where: { id: listId }, data: { updatedAt: new Date() } });
  return toAdd.length;
}
