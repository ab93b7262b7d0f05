import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { addMonths, startOfDay } from "./review-dates";

type Row = { region: string | null; total: bigint; verified: bigint; overdue: bigint; never: bigint };

export type VerificationCounts = {
  total: number;
  verifiedWithinYear: number;
  /** Share of active records verified in the last 12 months, 0–1 (null without records). */
  verifiedShare: number | null;
  overdue: number;
  neverVerified: number;
};

const toCounts = (row: Omit<Row, "region">): VerificationCounts => {
  const total = Number(row.total);
  const verifiedWithinYear = Number(row.verified);
  return {
    total,
    verifiedWithinYear,
    verifiedShare: total ? verifiedWithinYear / total : null,
    overdue: Number(row.overdue),
    neverVerified: Number(row.never),
  };
};

/**
 * The dashboard's stewardship counters: of the public records (organizations and services),
 * how many were verified in the last 12 months, how many are past their review date, by
 * region (a record counts in each region where its organization has a location; "none" for
 * records without a located address). Readable by all staff, like the dashboard.
 */
export async function getVerificationCounters(actor: Actor | null, now = new Date()) {
  assertCan(actor, "staff:read");
  const yearAgo = addMonths(now, -12);
  const today = startOfDay(now);
  const rows = await db.$queryRaw<Row[]>`
    WITH r AS (
      SELECT o.id AS organization_id, o.next_review_at, o.last_verified_at FROM organization o
      WHERE o.deleted_at IS NULL AND o.status IN ('active', 'temporarily_closed')
      UNION ALL
      SELECT s.organization_id, s.next_review_at, s.last_verified_at FROM service s
      JOIN organization o ON o.id = s.organization_id
      WHERE s.deleted_at IS NULL AND s.status IN ('active', 'temporarily_closed') AND o.deleted_at IS NULL
    ), regions AS (
      SELECT DISTINCT l.organization_id, m.region_code FROM location l
      JOIN address a ON a.location_id = l.id JOIN municipality m ON m.id = a.municipality_id
      WHERE l.deleted_at IS NULL
    ), counted AS (
      SELECT x.region, count(*) AS total,
             count(*) FILTER (WHERE r.last_verified_at >= ${yearAgo}) AS verified,
             count(*) FILTER (WHERE r.next_review_at < ${today}::date) AS overdue,
             count(*) FILTER (WHERE r.last_verified_at IS NULL) AS never
      FROM r LEFT JOIN LATERAL (
        SELECT region_code AS region FROM regions g WHERE g.organization_id = r.organization_id
        UNION ALL SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM regions g WHERE g.organization_id = r.organization_id)
      ) x ON true
      GROUP BY x.region
    )
    SELECT * FROM counted
    UNION ALL
    SELECT 'all', count(*), count(*) FILTER (WHERE last_verified_at >= ${yearAgo}),
           count(*) FILTER (WHERE next_review_at < ${today}::date), count(*) FILTER (WHERE last_verified_at IS NULL)
    FROM r`;
  const all = rows.find((row) => row.region === "all")!;
  const byRegion = rows
    .filter((row) => row.region !== "all")
    .map((row) => ({ region: row.region, ...toCounts(row) }))
    .sort((a, b) => (a.region ?? "zz").localeCompare(b.region ?? "zz"));
  const regionNames = await db.region.findMany({ select: { code: true, nameFr: true, nameEn: true } });
  return { all: toCounts(all), byRegion, regionNames };
}
