import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { likePattern, PER_PAGE, statusCondition, type StaffListFilters } from "./staff-list-filters";

export type StaffOrganizationRow = {
  id: string;
  name_fr: string;
  name_en: string | null;
  status: string;
  deleted_at: Date | null;
  next_review_at: Date | null;
  updated_at: Date;
  services: number;
  missing_english: boolean;
};

/** The staff list of organizations: search (accent-insensitive), filters, server-side pages. */
export async function listOrganizationsForStaff(actor: Actor | null, filters: StaffListFilters) {
  assertCan(actor, "staff:read");
  const conditions: Prisma.Sql[] = [statusCondition("o", filters.status)];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(unaccent(o.name_fr) ILIKE unaccent(${pattern})
      OR unaccent(coalesce(o.name_en, '')) ILIKE unaccent(${pattern})
      OR unaccent(coalesce(o.alternate_name, '')) ILIKE unaccent(${pattern}))`);
  }
  if (filters.region) {
    conditions.push(Prisma.sql`(EXISTS (SELECT 1 FROM location l JOIN address a ON a.location_id = l.id
        JOIN municipality m ON m.id = a.municipality_id
        WHERE l.organization_id = o.id AND l.deleted_at IS NULL AND m.region_code = ${filters.region})
      OR EXISTS (SELECT 1 FROM service s JOIN service_area sa ON sa.service_id = s.id
        LEFT JOIN municipality m ON m.id = sa.municipality_id
        WHERE s.organization_id = o.id AND (sa.region_code = ${filters.region} OR m.region_code = ${filters.region})))`);
  }
  if (filters.category) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM service s JOIN service_taxonomy_term st ON st.service_id = s.id
      JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
      WHERE s.organization_id = o.id AND (t.code = ${filters.category} OR t.code LIKE ${filters.category} || '.%'))`);
  }
  if (filters.review) conditions.push(Prisma.sql`(o.next_review_at IS NULL OR o.next_review_at <= current_date)`);
  const missingEnglish = Prisma.sql`(o.name_en IS NULL OR o.description_en IS NULL OR EXISTS (
    SELECT 1 FROM service s WHERE s.organization_id = o.id AND s.deleted_at IS NULL
      AND (s.name_en IS NULL OR s.description_en IS NULL)))`;
  if (filters.missingEnglish) conditions.push(missingEnglish);
  const where = Prisma.join(conditions, " AND ");
  const offset = (filters.page - 1) * PER_PAGE;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<StaffOrganizationRow[]>`
      SELECT o.id::text, o.name_fr, o.name_en, o.status::text, o.deleted_at, o.next_review_at, o.updated_at,
        (SELECT count(*)::int FROM service s WHERE s.organization_id = o.id AND s.deleted_at IS NULL) AS services,
        ${missingEnglish} AS missing_english
      FROM organization o WHERE ${where}
      ORDER BY lower(unaccent(o.name_fr)), o.id
      LIMIT ${PER_PAGE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM organization o WHERE ${where}`,
  ]);
  return { rows, total, page: filters.page, pages: Math.max(1, Math.ceil(total / PER_PAGE)) };
}
