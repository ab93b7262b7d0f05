import "server-only";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** Top-level taxonomy terms with the number of public services filed under them (any depth). */
export async function listTopCategories(locale: Locale) {
  const rows = await db.$queryRaw<
    {
      code: string;
      slug: string;
      name_fr: string;
      name_en: string | null;
      description_fr: string | null;
      description_en: string | null;
      services: bigint;
    }[]
  >`
    SELECT top.code, top.slug, top.name_fr, top.name_en, top.description_fr, top.description_en,
           count(DISTINCT s.id) AS services
    FROM taxonomy_term top
    LEFT JOIN taxonomy_term t ON t.code = top.code OR t.code LIKE top.code || '.%'
    LEFT JOIN service_taxonomy_term st ON st.taxonomy_term_id = t.id
    LEFT JOIN service s ON s.id = st.service_id AND s.deleted_at IS NULL
                       AND s.status IN ('active', 'temporarily_closed')
    WHERE top.parent_id IS NULL
    GROUP BY top.id
    ORDER BY top.position, top.name_fr`;
  return rows.map((row) => ({
    code: row.code,
    slug: row.slug,
    name: localize(locale, row.name_fr, row.name_en),
    description: localize(locale, row.description_fr, row.description_en),
    serviceCount: Number(row.services),
  }));
}
