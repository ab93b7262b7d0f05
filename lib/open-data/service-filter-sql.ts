import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { HsdsParams } from "./hsds-params";
import { taxonomyId as taxonomyIdOf } from "./derived-id";

/** A point and a radius, resolved from `postcode` (+ `proximity`) before the query. */
export type Proximity = { lat: number; lng: number; fsa: string; meters?: number };

// Only public records: an active or temporarily closed service of a public organization.
const PUBLIC_SERVICE = Prisma.sql`s.status IN ('active', 'temporarily_closed') AND s.deleted_at IS NULL
  AND o.status IN ('active', 'temporarily_closed') AND o.deleted_at IS NULL`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause of /services and /service_at_locations (s = service, o = organization). */
export function serviceFilterSql(params: HsdsParams, taxonomyNames: string[]): Prisma.Sql {
  const parts: Prisma.Sql[] = [PUBLIC_SERVICE];
  if (params.organizationId) parts.push(Prisma.sql`s.organization_id = ${params.organizationId}::uuid`);
  if (params.modifiedAfter) parts.push(Prisma.sql`s.updated_at >= ${params.modifiedAfter}`);
  if (params.search) {
    const pattern = likePattern(params.search);
    parts.push(Prisma.sql`(unaccent(s.name_fr) ILIKE unaccent(${pattern})
      OR unaccent(coalesce(s.name_en, '')) ILIKE unaccent(${pattern})
      OR unaccent(o.name_fr) ILIKE unaccent(${pattern}))`);
  }
  // A term includes its sub-terms, as the search page's categories do.
  if (params.taxonomyTermId)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM service_taxonomy_term st
      JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
      JOIN taxonomy_term wanted ON wanted.id = ${params.taxonomyTermId}::uuid
      WHERE st.service_id = s.id AND (t.code = wanted.code OR t.code LIKE wanted.code || '.%'))`);
  if (params.taxonomyId) {
    const name = taxonomyNames.find((candidate) => taxonomyIdOf(candidate) === params.taxonomyId) ?? null;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM service_taxonomy_term st
      JOIN taxonomy_term t ON t.id = st.taxonomy_term_id WHERE st.service_id = s.id AND t.taxonomy = ${name})`);
  }
  return Prisma.join(parts, " AND ");
}

/** Great-circle distance in meters from a point to l (location), as lib/search/postgres does. */
export function distanceSql(point: Proximity) {
  return Prisma.sql`2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(l.latitude - ${point.lat}) / 2), 2)
    + cos(radians(${point.lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${point.lng}) / 2), 2))))`;
}

/** `postcode` alone: a site with an address in that area; with `proximity`: a site within that distance. */
export function proximitySql(point: Proximity | undefined): Prisma.Sql {
  if (!point) return Prisma.empty;
  if (point.meters !== undefined)
    return Prisma.sql`AND l.latitude IS NOT NULL AND ${distanceSql(point)} <= ${point.meters}`;
  return Prisma.sql`AND EXISTS (SELECT 1 FROM address a WHERE a.location_id = l.id
    AND upper(replace(a.postal_code, ' ', '')) LIKE ${point.fsa + "%"})`;
}
