import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/routing";
import { assertCanCalls } from "./permissions";
import { granularityFor, statsPeriodInput } from "./stats-period";
import { validateCalls } from "./validate";

/** A count, and the key of its calls (lib/calls/perturbation.ts). */
type Count = { key: string; label: string; n: number; k: number };

/**
 * Raw counts of the ended calls of a period (Québec dates, both included), optionally of one
 * region. Nothing here is suppressed: callers go through lib/calls/stats-tables.ts, which is
 * the only way these counts reach a page or a CSV.
 */
export async function getCallStats(actor: Actor | null, input: unknown, locale: Locale) {
  assertCanCalls(actor, "calls:stats");
  const period = validateCalls(statsPeriodInput, input);
  const granularity = granularityFor(period.from, period.to);
  const en = locale === "en";
  const calls = Prisma.sql`
    SELECT c.* FROM call c
    WHERE c.ended_at IS NOT NULL
      AND c.started_at >= (${period.from}::date::timestamp AT TIME ZONE 'America/Toronto')
      AND c.started_at < ((${period.to}::date + 1)::timestamp AT TIME ZONE 'America/Toronto')
      ${period.region ? Prisma.sql`AND c.region_code = ${period.region}` : Prisma.empty}
      ${period.mrc ? Prisma.sql`AND c.mrc = ${period.mrc}` : Prisma.empty}`;
  // Unmet needs by the next finer territory: regions, the MRCs of a region, the towns of an MRC.
  const area = period.mrc
    ? Prisma.sql`coalesce(um.name, '')`
    : period.region
      ? Prisma.sql`coalesce(c.mrc, '')`
      : Prisma.sql`coalesce(c.region_code, '')`;
  const topName = (alias: string) =>
    en
      ? Prisma.sql`coalesce(${Prisma.raw(alias)}.name_en, ${Prisma.raw(alias)}.name_fr)`
      : Prisma.sql`${Prisma.raw(alias)}.name_fr`;
  // Each call's fixed pseudo-random key, from its random id; a cell's key sums its rows' keys.
  const cellKey = (id: string) => Prisma.sql`(sum(hashtext(${Prisma.raw(id)}::text) & 255) % 256)::int AS k`;
  const k = cellKey("c.id");
  const rootOf = (term: string) => Prisma.sql`split_part(${Prisma.raw(term)}.code, '.', 1)`;

  const [perPeriod, needs, unmet, byOrganization, byCategory, languages, hours, regions, municipalities] =
    await Promise.all([
      db.$queryRaw<Count[]>`
        WITH c AS (${calls}),
        p AS (SELECT c.id, to_char(date_trunc(${granularity}, c.started_at AT TIME ZONE 'America/Toronto'), 'YYYY-MM-DD') AS d FROM c)
        SELECT d AS key, d AS label, count(*)::int AS n, ${cellKey("p.id")} FROM p GROUP BY d ORDER BY d`,
      db.$queryRaw<Count[]>`
        WITH c AS (${calls})
        SELECT root.code AS key, ${topName("root")} AS label, count(DISTINCT c.id)::int AS n, ${k}
        FROM c JOIN call_need cn ON cn.call_id = c.id
        JOIN taxonomy_term t ON t.id = cn.taxonomy_term_id
        JOIN taxonomy_term root ON root.code = ${rootOf("t")}
        GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
      db.$queryRaw<(Count & { area: string })[]>`
        WITH c AS (${calls})
        SELECT root.code AS key, ${topName("root")} AS label,
               ${area} AS area,
               count(*)::int AS n, ${k}
        FROM c JOIN call_unmet_need u ON u.call_id = c.id
        LEFT JOIN municipality um ON um.id = c.municipality_id
        JOIN taxonomy_term t ON t.id = u.taxonomy_term_id
        JOIN taxonomy_term root ON root.code = ${rootOf("t")}
        GROUP BY 1, 2, 3 ORDER BY 2, 3`,
      db.$queryRaw<Count[]>`
        WITH c AS (${calls})
        SELECT o.id::text AS key, ${en ? Prisma.sql`coalesce(o.name_en, o.name_fr)` : Prisma.sql`o.name_fr`} AS label,
               count(*)::int AS n, ${k}
        FROM c JOIN call_referral r ON r.call_id = c.id
        JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
        GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 20`,
      db.$queryRaw<Count[]>`
        WITH c AS (${calls})
        SELECT root.code AS key, ${topName("root")} AS label, count(DISTINCT (r.call_id, r.service_id))::int AS n, ${k}
        FROM c JOIN call_referral r ON r.call_id = c.id
        JOIN service_taxonomy_term st ON st.service_id = r.service_id
        JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
        JOIN taxonomy_term root ON root.code = ${rootOf("t")}
        GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
      db.$queryRaw<Count[]>`
        WITH c AS (${calls})
        SELECT c.language AS key, c.language AS label, count(*)::int AS n, ${k} FROM c GROUP BY 1, 2 ORDER BY 3 DESC`,
      db.$queryRaw<Count[]>`
        WITH c AS (${calls})
        SELECT h AS key, h AS label, count(*)::int AS n, ${cellKey("hours.id")}
        FROM (SELECT c.id, lpad(extract(hour FROM c.started_at AT TIME ZONE 'America/Toronto')::int::text, 2, '0') AS h FROM c) AS hours
        GROUP BY h ORDER BY h`,
      db.$queryRaw<Count[]>`
        WITH c AS (${calls})
        SELECT coalesce(c.region_code, '') AS key, coalesce(${en ? Prisma.sql`r.name_en` : Prisma.sql`r.name_fr`}, '') AS label,
               count(*)::int AS n, ${k}
        FROM c LEFT JOIN region r ON r.code = c.region_code GROUP BY 1, 2 ORDER BY 1`,
      db.$queryRaw<(Count & { region: string })[]>`
        WITH c AS (${calls})
        SELECT coalesce(m.slug, '') AS key, coalesce(m.name, '') AS label, coalesce(c.region_code, '') AS region,
               count(*)::int AS n, ${k}
        FROM c LEFT JOIN municipality m ON m.id = c.municipality_id GROUP BY 1, 2, 3 ORDER BY 3, 2`,
    ]);

  const areaNames =
    period.region === undefined && period.mrc === undefined
      ? Object.fromEntries((await db.region.findMany()).map((r) => [r.code, en ? r.nameEn : r.nameFr]))
      : {};
  return {
    period,
    granularity,
    perPeriod,
    needs,
    unmet,
    areaNames,
    byOrganization,
    byCategory,
    languages,
    hours,
    regions,
    municipalities,
  };
}

export type CallStats = Awaited<ReturnType<typeof getCallStats>>;
