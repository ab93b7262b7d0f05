import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCanSteward } from "./permissions";
import { DUE_WITHIN_DAYS, startOfDay } from "./review-dates";

export type ReviewQueueFilters = {
  region?: string;
  mrc?: string;
  /** A taxonomy code; includes its sub-categories. */
  category?: string;
  /** A user id, "me" or "none". */
  assignee?: string;
};

export type ReviewQueueRow = {
  kind: "organization" | "service";
  id: string;
  organizationId: string;
  nameFr: string;
  nameEn: string | null;
  version: number;
  nextReviewAt: Date | null;
  lastVerifiedAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  regions: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The review queue: public records (organizations and services) never verified, overdue, or
 * due within 30 days, most urgent first. A record's region and MRC are those of its
 * organization's locations; a service's categories are its own, an organization's those of
 * its services.
 */
export async function listReviewQueue(actor: Actor | null, filters: ReviewQueueFilters = {}, now = new Date()) {
  assertCanSteward(actor, "stewardship:manage");
  const horizon = new Date(startOfDay(now).getTime() + DUE_WITHIN_DAYS * 86_400_000);
  const assignee =
    filters.assignee === "me" && actor.kind === "user"
      ? actor.id
      : filters.assignee && UUID.test(filters.assignee)
        ? filters.assignee
        : null;
  const place =
    filters.region || filters.mrc
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM location l JOIN address a ON a.location_id = l.id
          JOIN municipality m ON m.id = a.municipality_id
          WHERE l.organization_id = r.organization_id AND l.deleted_at IS NULL
          ${filters.region ? Prisma.sql`AND m.region_code = ${filters.region}` : Prisma.empty}
          ${filters.mrc ? Prisma.sql`AND m.mrc = ${filters.mrc}` : Prisma.empty})`
      : Prisma.empty;
  const category = filters.category
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM service_taxonomy_term st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
        JOIN service s2 ON s2.id = st.service_id
        WHERE (CASE WHEN r.kind = 'service' THEN s2.id = r.id ELSE s2.organization_id = r.id END)
          AND (t.code = ${filters.category} OR t.code LIKE ${filters.category} || '.%'))`
    : Prisma.empty;
  const assigned =
    filters.assignee === "none"
      ? Prisma.sql`AND r.assignee_id IS NULL`
      : assignee
        ? Prisma.sql`AND r.assignee_id = ${assignee}::uuid`
        : Prisma.empty;
  const rows = await db.$queryRaw<(Omit<ReviewQueueRow, "regions"> & { regions: string[] | null })[]>`
    WITH r AS (
      SELECT 'organization' AS kind, o.id, o.id AS organization_id, o.name_fr, o.name_en, o.version,
             o.next_review_at, o.last_verified_at, rp.assignee_id
      FROM organization o LEFT JOIN review_plan rp ON rp.organization_id = o.id
      WHERE o.deleted_at IS NULL AND o.status IN ('active', 'temporarily_closed')
      UNION ALL
      SELECT 'service', s.id, s.organization_id, s.name_fr, s.name_en, s.version,
             s.next_review_at, s.last_verified_at, rp.assignee_id
      FROM service s JOIN organization o ON o.id = s.organization_id
      LEFT JOIN review_plan rp ON rp.service_id = s.id
      WHERE s.deleted_at IS NULL AND s.status IN ('active', 'temporarily_closed') AND o.deleted_at IS NULL
    )
    SELECT r.kind, r.id, r.organization_id AS "organizationId", r.name_fr AS "nameFr", r.name_en AS "nameEn",
           r.version, r.next_review_at AS "nextReviewAt", r.last_verified_at AS "lastVerifiedAt",
           r.assignee_id AS "assigneeId", u.name AS "assigneeName",
           (SELECT array_agg(DISTINCT m.region_code ORDER BY m.region_code) FROM location l
              JOIN address a ON a.location_id = l.id JOIN municipality m ON m.id = a.municipality_id
              WHERE l.organization_id = r.organization_id AND l.deleted_at IS NULL) AS regions
    FROM r LEFT JOIN app_user u ON u.id = r.assignee_id
    WHERE (r.next_review_at IS NULL OR r.next_review_at <= ${horizon}::date)
      ${place} ${category} ${assigned}
    ORDER BY r.next_review_at ASC NULLS FIRST, r.name_fr ASC
    LIMIT 200`;
  return rows.map((row) => ({ ...row, regions: row.regions ?? [] }));
}

/** Who a record can be assigned to: active editors and admins. */
export async function listReviewers(actor: Actor | null) {
  assertCanSteward(actor, "stewardship:manage");
  return db.user.findMany({
    where: { role: { in: ["admin", "editor"] }, disabledAt: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
