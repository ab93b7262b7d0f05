import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { RecordStatus } from "@/lib/db/generated/enums";

export type StatusCounts = Partial<Record<RecordStatus | "archived", number>>;

export type RecentRecord = {
  kind: "organization" | "service";
  id: string;
  organizationId: string;
  nameFr: string;
  nameEn: string | null;
  updatedAt: Date;
  updatedBy: string | null;
};

export type ReviewDue = RecentRecord & { nextReviewAt: Date };

type CountRow = { status: RecordStatus; archived: boolean; count: bigint };

/** Archived records are counted apart from their last status. */
function countsByStatus(rows: CountRow[]): StatusCounts {
  const counts: StatusCounts = {};
  for (const row of rows) {
    const key = row.archived ? "archived" : row.status;
    counts[key] = (counts[key] ?? 0) + Number(row.count);
  }
  return counts;
}

async function groupedCounts(model: "organization" | "service") {
  return countsByStatus(
    model === "organization"
      ? await db.$queryRaw<CountRow[]>`
          SELECT status, deleted_at IS NOT NULL AS archived, count(*) AS count FROM organization GROUP BY 1, 2`
      : await db.$queryRaw<CountRow[]>`
          SELECT status, deleted_at IS NOT NULL AS archived, count(*) AS count FROM service GROUP BY 1, 2`,
  );
}

/** Everything the staff dashboard shows, in one call; readable by every staff role. */
export async function getDashboardSummary(actor: Actor | null, today = new Date()) {
  assertCan(actor, "staff:read");
  const endOfToday = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const select = {
    id: true,
    nameFr: true,
    nameEn: true,
    updatedAt: true,
    nextReviewAt: true,
    updatedBy: { select: { name: true } },
  } as const;
  const reviewWhere = { deletedAt: null, nextReviewAt: { lte: endOfToday } };
  const [organizations, services, locationsActive, locationsArchived, recentOrgs, recentServices] = await Promise.all([
    groupedCounts("organization"),
    groupedCounts("service"),
    db.location.count({ where: { deletedAt: null } }),
    db.location.count({ where: { deletedAt: { not: null } } }),
    db.organization.findMany({ orderBy: { updatedAt: "desc" }, take: 8, select }),
    db.service.findMany({ orderBy: { updatedAt: "desc" }, take: 8, select: { ...select, organizationId: true } }),
  ]);
  const [dueOrgs, dueServices, dueOrgCount, dueServiceCount] = await Promise.all([
    db.organization.findMany({ where: reviewWhere, orderBy: { nextReviewAt: "asc" }, take: 8, select }),
    db.service.findMany({
      where: reviewWhere,
      orderBy: { nextReviewAt: "asc" },
      take: 8,
      select: { ...select, organizationId: true },
    }),
    db.organization.count({ where: reviewWhere }),
    db.service.count({ where: reviewWhere }),
  ]);

  const toRecord = (
    kind: RecentRecord["kind"],
    row: (typeof recentOrgs)[number] & { organizationId?: string },
  ): RecentRecord & { nextReviewAt: Date | null } => ({
    kind,
    id: row.id,
    organizationId: row.organizationId ?? row.id,
    nameFr: row.nameFr,
    nameEn: row.nameEn,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
    nextReviewAt: row.nextReviewAt,
  });
  const recent = [
    ...recentOrgs.map((row) => toRecord("organization", row)),
    ...recentServices.map((row) => toRecord("service", row)),
  ]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, 8);
  const due = [
    ...dueOrgs.map((row) => toRecord("organization", row)),
    ...dueServices.map((row) => toRecord("service", row)),
  ]
    .sort((a, b) => a.nextReviewAt!.getTime() - b.nextReviewAt!.getTime())
    .slice(0, 8) as ReviewDue[];

  return {
    counts: { organizations, services, locations: { active: locationsActive, archived: locationsArchived } },
    recent,
    due,
    dueTotal: dueOrgCount + dueServiceCount,
  };
}

export type DashboardSummary = Awaited<ReturnType<typeof getDashboardSummary>>;
