import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

/** Top two levels of the taxonomy, for the staff list filters. */
export async function listCategoryOptions(locale: Locale) {
  const terms = await db.taxonomyTerm.findMany({
    where: { OR: [{ parentId: null }, { parent: { parentId: null } }] },
    select: { id: true, code: true, nameFr: true, nameEn: true, parentId: true, position: true },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  const name = (t: (typeof terms)[number]) => (locale === "en" && t.nameEn ? t.nameEn : t.nameFr);
  const options: { code: string; name: string; depth: number }[] = [];
  for (const top of terms.filter((t) => !t.parentId)) {
    options.push({ code: top.code, name: name(top), depth: 0 });
    for (const child of terms.filter((t) => t.parentId === top.id)) {
      options.push({ code: child.code, name: name(child), depth: 1 });
    }
  }
  return options;
}
