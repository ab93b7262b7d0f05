import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

/** The top-level categories: the needs a call records and the unmet needs' list. */
export async function listNeedCategories(locale: Locale) {
  const terms = await db.taxonomyTerm.findMany({
    where: { parentId: null },
    select: { code: true, nameFr: true, nameEn: true },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  return terms.map((term) => ({ code: term.code, name: locale === "en" ? (term.nameEn ?? term.nameFr) : term.nameFr }));
}
