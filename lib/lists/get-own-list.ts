import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { assertRecordId } from "@/lib/record-id";
import { itemState } from "./item-state";
import { listOwner } from "./list-owner";

/** One of the actor's lists with its items in order, each with its state; NotFound for anyone else's. */
export async function getOwnList(actor: Actor | null, listId: unknown, locale: Locale) {
  const ownerId = listOwner(actor);
  assertRecordId(listId, "list");
  const list = await db.workerList.findFirst({
    where: { id: listId, ownerId },
    include: {
      items: {
        orderBy: { position: "asc" },
        include: {
          service: {
            select: {
              slug: true,
              nameFr: true,
              nameEn: true,
              status: true,
              deletedAt: true,
              updatedAt: true,
              organization: { select: { nameFr: true, nameEn: true, status: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!list) throw new NotFound("list");
  return {
    id: list.id,
    name: list.name,
    updatedAt: list.updatedAt,
    items: list.items.map((item) => ({
      id: item.id,
      note: item.note,
      savedAt: item.savedAt,
      slug: item.service.slug,
      name: localize(locale, item.service.nameFr, item.service.nameEn),
      organization: localize(locale, item.service.organization.nameFr, item.service.organization.nameEn),
      state: itemState(item.service, item.savedAt),
    })),
  };
}

export type OwnList = Awaited<ReturnType<typeof getOwnList>>;
