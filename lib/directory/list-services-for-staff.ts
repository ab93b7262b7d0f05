import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { likePattern, PER_PAGE, statusCondition, type StaffListFilters } from "./staff-list-filters";

export type StaffServiceRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  name_fr: string;
  name_en: string | null;
  status: string;
  deleted_at: Date | null;
  next_review_at: Date | null;
  updated_at: Date;
  missing_english: boolean;
};

export async function listServicesForStaff(actor: Actor | null, filters: StaffListFilters) {
  assertCan(actor, "staff:read");
  const conditions: Prisma.Sql[] = [statusCondition("s", filters.status)];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(unaccent(s.name_fr) ILIKE unaccent(${pattern})
      OR unaccent(coalesce(s.name_en, '')) ILIKE unaccent(${pattern})
      OR unaccent(o.name_fr) ILIKE unaccent(${pattern}))`);
  }
  if (filters.region) {
    conditions.push(Prisma.sql`(EXISTS (SELECT 1 FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id
        JOIN municipality m ON m.id = a.municipality_id WHERE sal.service_id = s.id AND m.region_code = ${filters.region})
      OR EXISTS (SELECT 1 FROM service_area sa LEFT JOIN municipality m ON m.id = sa.municipality_id
        WHERE sa.service_id = s.id AND (sa.region_code = ${filters.region} OR m.region_code = ${filters.region})))`);
  }
  if (filters.category) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM service_taxonomy_term st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
      WHERE st.service_id = s.id AND (t.code = ${filters.category} OR t.code LIKE ${filters.category} || '.%'))`);
  }
  if (filters.review) conditions.push(Prisma.sql`(s.next_review_at IS NULL OR s.next_review_at <= current_date)`);
  const missingEnglish = Prisma.sql`(s.name_en IS NULL OR s.description_en IS NULL)`;
  if (filters.missingEnglish) conditions.push(missingEnglish);
  const where = Prisma.join(conditions, " AND ");
  const offset = (filters.page - 1) * PER_PAGE;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<StaffServiceRow[]>`
      SELECT s.id::text, s.organization_id::text, o.name_fr AS organization_name, s.name_fr, s.name_en,
        s.status::text, s.deleted_at, s.next_review_at, s.updated_at, ${missingEnglish} AS missing_english
      FROM service s JOIN organization o ON o.id = s.organization_id
      WHERE ${where}
      ORDER BY lower(unaccent(s.name_fr)), s.id
      LIMIT ${PER_PAGE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total
      FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${where}`,
  ]);
  return { rows, total, page: filters.page, pages: Math.max(1, Math.ceil(total / PER_PAGE)) };
}
