import "server-only";
import { db } from "@/lib/db/client";
import { getService, type PublicService } from "@/lib/directory/get-service";
import { localize, type LocalizedText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export type ListEntry =
  | { slug: string; available: true; service: PublicService }
  /** Archived, inactive, defunct or unknown: named when the directory still knows it. */
  | { slug: string; available: false; name: LocalizedText | null };

/**
 * The services of a list, in its order and in one language. A service that is no longer public
 * stays in the list as "no longer available" (a shared link outlives records), never an error.
 */
export async function getListServices(slugs: readonly string[], locale: Locale): Promise<ListEntry[]> {
  const services = await Promise.all(slugs.map((slug) => getService(slug, locale)));
  const missing = slugs.filter((_, i) => !services[i]);
  const known = missing.length
    ? await db.service.findMany({
        where: { slug: { in: missing } },
        select: { slug: true, nameFr: true, nameEn: true },
      })
    : [];
  return slugs.map((slug, i): ListEntry => {
    const service = services[i];
    if (service) return { slug, available: true, service };
    const row = known.find((k) => k.slug === slug);
    return { slug, available: false, name: row ? localize(locale, row.nameFr, row.nameEn) : null };
  });
}
