import "server-only";
import { db } from "@/lib/db/client";
import { localizedString } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** Display names of the categories and municipality named in a search URL (codes and slugs). */
export async function filterLabels(categoryCodes: string[], municipalitySlug: string | null, locale: Locale) {
  const [terms, municipality] = await Promise.all([
    categoryCodes.length
      ? db.taxonomyTerm.findMany({
          where: { code: { in: categoryCodes } },
          select: { code: true, nameFr: true, nameEn: true },
        })
      : [],
    municipalitySlug ? db.municipality.findUnique({ where: { slug: municipalitySlug }, select: { name: true } }) : null,
  ]);
  return {
    categories: new Map(terms.map((term) => [term.code, localizedString(locale, term.nameFr, term.nameEn)])),
    municipality: municipality?.name ?? null,
  };
}
