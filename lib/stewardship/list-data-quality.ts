import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCanSteward } from "./permissions";

export const QUALITY_ISSUES = [
  "missing_english",
  "no_phone",
  "no_hours",
  "no_coordinates",
  "broken_website",
  "no_update_contact",
] as const;
export type QualityIssue = (typeof QUALITY_ISSUES)[number];

export type QualityRow = {
  kind: "organization" | "service" | "location";
  id: string;
  organizationId: string;
  nameFr: string;
  nameEn: string | null;
  /** The broken URL and its answer, for broken_website. */
  detail: string | null;
};

const LIMIT = 500;
const PUBLIC_ORG = Prisma.sql`o.deleted_at IS NULL AND o.status IN ('active', 'temporarily_closed')`;
const PUBLIC_SERVICE = Prisma.sql`s.deleted_at IS NULL AND s.status IN ('active', 'temporarily_closed') AND ${PUBLIC_ORG}`;
const blank = (column: Prisma.Sql) => Prisma.sql`coalesce(btrim(${column}), '') = ''`;

/** One issue's records among public ones; every query names (kind, id, organization, names, detail). */
const QUERIES: Record<QualityIssue, Prisma.Sql> = {
  missing_english: Prisma.sql`
    SELECT 'organization' AS kind, o.id, o.id AS organization_id, o.name_fr, o.name_en, NULL AS detail
      FROM organization o WHERE ${PUBLIC_ORG} AND (${blank(Prisma.sql`o.name_en`)} OR ${blank(Prisma.sql`o.description_en`)})
    UNION ALL
    SELECT 'service', s.id, s.organization_id, s.name_fr, s.name_en, NULL
      FROM service s JOIN organization o ON o.id = s.organization_id
      WHERE ${PUBLIC_SERVICE} AND (${blank(Prisma.sql`s.name_en`)} OR ${blank(Prisma.sql`s.description_en`)})`,
  no_phone: Prisma.sql`
    SELECT 'service' AS kind, s.id, s.organization_id, s.name_fr, s.name_en, NULL AS detail
      FROM service s JOIN organization o ON o.id = s.organization_id
      WHERE ${PUBLIC_SERVICE}
        AND NOT EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM phone p WHERE p.organization_id = o.id)`,
  no_hours: Prisma.sql`
    SELECT 'service' AS kind, s.id, s.organization_id, s.name_fr, s.name_en, NULL AS detail
      FROM service s JOIN organization o ON o.id = s.organization_id
      WHERE ${PUBLIC_SERVICE}
        AND NOT EXISTS (SELECT 1 FROM schedule h WHERE h.service_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM service_at_location sl JOIN schedule h ON h.location_id = sl.location_id
                        OR h.service_at_location_id = sl.id WHERE sl.service_id = s.id)`,
  no_coordinates: Prisma.sql`
    SELECT 'location' AS kind, l.id, l.organization_id, l.name_fr, l.name_en, NULL AS detail
      FROM location l JOIN organization o ON o.id = l.organization_id
      WHERE ${PUBLIC_ORG} AND l.deleted_at IS NULL AND l.location_type = 'physical'
        AND (l.latitude IS NULL OR l.longitude IS NULL)`,
  broken_website: Prisma.sql`
    SELECT 'organization' AS kind, o.id, o.id AS organization_id, o.name_fr, o.name_en,
           o.website || ' — ' || coalesce(c.status::text, c.error) AS detail
      FROM organization o JOIN link_check c ON c.url = o.website AND NOT c.ok WHERE ${PUBLIC_ORG}
    UNION ALL
    SELECT 'service', s.id, s.organization_id, s.name_fr, s.name_en, s.url || ' — ' || coalesce(c.status::text, c.error)
      FROM service s JOIN organization o ON o.id = s.organization_id
      JOIN link_check c ON c.url = s.url AND NOT c.ok WHERE ${PUBLIC_SERVICE}`,
  no_update_contact: Prisma.sql`
    SELECT 'organization' AS kind, o.id, o.id AS organization_id, o.name_fr, o.name_en, NULL AS detail
      FROM organization o WHERE ${PUBLIC_ORG}
        AND NOT EXISTS (SELECT 1 FROM update_contact uc WHERE uc.organization_id = o.id)`,
};

/**
 * The data-quality lists: for each issue, its count and (for the one asked) its records, each
 * linking to the record. `region` keeps records whose organization has a location there.
 */
export async function listDataQuality(actor: Actor | null, filters: { issue?: string; region?: string } = {}) {
  assertCanSteward(actor, "stewardship:manage");
  const issue = (QUALITY_ISSUES as readonly string[]).includes(filters.issue ?? "")
    ? (filters.issue as QualityIssue)
    : "missing_english";
  const region = filters.region === "03" || filters.region === "12" ? filters.region : null;
  const inRegion = region
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM location l JOIN address a ON a.location_id = l.id
        JOIN municipality m ON m.id = a.municipality_id
        WHERE l.organization_id = q.organization_id AND l.deleted_at IS NULL AND m.region_code = ${region})`
    : Prisma.empty;
  const counts = Object.fromEntries(
    await Promise.all(
      QUALITY_ISSUES.map(async (name) => {
        const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${QUERIES[name]}) q ${inRegion}`;
        return [name, Number(row.n)] as const;
      }),
    ),
  ) as Record<QualityIssue, number>;
  const rows = await db.$queryRaw<
    {
      kind: QualityRow["kind"];
      id: string;
      organization_id: string;
      name_fr: string;
      name_en: string | null;
      detail: string | null;
    }[]
  >`SELECT * FROM (${QUERIES[issue]}) q ${inRegion} ORDER BY q.name_fr LIMIT ${LIMIT}`;
  const lastCheck = await db.linkCheck.aggregate({ _max: { checkedAt: true } });
  return {
    issue,
    region,
    counts,
    lastLinkCheck: lastCheck._max.checkedAt,
    rows: rows.map((row): QualityRow => ({
      kind: row.kind,
      id: row.id,
      organizationId: row.organization_id,
      nameFr: row.name_fr,
      nameEn: row.name_en,
      detail: row.detail,
    })),
  };
}
