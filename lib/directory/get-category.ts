import "server-only";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A taxonomy term by its URL slug ("food-bank"; the code "FOOD.BANK" is accepted too), with
 * its parent and children and how many public services each child holds (any depth).
 * `null` when no such term exists.
 */
export async function getCategory(slugOrCode: string, locale: Locale) {
  const key = slugOrCode.toLowerCase().replaceAll(".", "-");
  const term = await db.taxonomyTerm.findFirst({
    where: { OR: [{ slug: key }, { code: slugOrCode.toUpperCase() }] },
    include: { parent: true, children: { orderBy: [{ position: "asc" }, { nameFr: "asc" }] } },
  });
  if (!term) return null;
  const counts = term.children.length
    ? await db.$queryRaw<{ code: string; services: bigint }[]>`
        SELECT child.code, count(DISTINCT s.id) AS services
        FROM taxonomy_term child
        JOIN taxonomy_term t ON t.code = child.code OR t.code LIKE child.code || '.%'
        JOIN service_taxonomy_term st ON st.taxonomy_term_id = t.id
        JOIN service s ON s.id = st.service_id AND s.deleted_at IS NULL
                      AND s.status IN ('active', 'temporarily_closed')
        JOIN organization o ON o.id = s.organization_id AND o.deleted_at IS NULL
                      AND o.status IN ('active', 'temporarily_closed')
        WHERE child.parent_id = ${term.id}::uuid
        GROUP BY child.code`
    : [];
  const countOf = new Map(counts.map((row) => [row.code, Number(row.services)]));
  return {
    code: term.code,
    slug: term.slug,
    name: localize(locale, term.nameFr, term.nameEn),
    description: localize(locale, term.descriptionFr, term.descriptionEn),
    parent: term.parent && {
      slug: term.parent.slug,
      name: localize(locale, term.parent.nameFr, term.parent.nameEn),
    },
    children: term.children.map((child) => ({
      code: child.code,
      slug: child.slug,
      name: localize(locale, child.nameFr, child.nameEn),
      serviceCount: countOf.get(child.code) ?? 0,
    })),
  };
}

export type PublicCategory = NonNullable<Awaited<ReturnType<typeof getCategory>>>;
