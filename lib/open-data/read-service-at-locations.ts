import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";
import { resolveNear } from "@/lib/geo/resolve-near";
import { locationInclude, serviceListSelect } from "./hsds-include";
import { inOrder } from "./hsds-page";
import { everyRecordOf, pageOf } from "./paged-ids";
import type { HsdsParams } from "./hsds-params";
import { listTaxonomyNames } from "./list-taxonomy-names";
import { hsdsServiceAtLocationFull, hsdsServiceAtLocationList } from "./map-records";
import { proximitySql, serviceFilterSql, type Proximity } from "./service-filter-sql";

const phones = { orderBy: [{ position: "asc" as const }, { id: "asc" as const }] };
const salInclude = {
  service: { select: serviceListSelect },
  location: { include: locationInclude },
  phones,
  schedules: locationInclude.schedules,
} satisfies Prisma.ServiceAtLocationInclude;

/** The point of `postcode` (its forward sortation area), or "unknown" when the area is not known here. */
export async function resolvePostcode(params: HsdsParams): Promise<Proximity | "unknown" | undefined> {
  if (!params.postcode) return undefined;
  const point = await resolveNear(params.postcode.slice(0, 3));
  if (!point) return "unknown";
  return { lat: point.lat, lng: point.lng, fsa: params.postcode.slice(0, 3), meters: params.proximityMeters };
}

async function fromSql(params: HsdsParams, point: Proximity | undefined) {
  const where = serviceFilterSql(params, params.taxonomyId ? await listTaxonomyNames() : []);
  return Prisma.sql`FROM service_at_location sal JOIN service s ON s.id = sal.service_id
    JOIN organization o ON o.id = s.organization_id JOIN location l ON l.id = sal.location_id
    WHERE ${where} AND l.deleted_at IS NULL ${proximitySql(point)}`;
}

async function render(ids: string[], params: HsdsParams) {
  const rows = inOrder(ids, await db.serviceAtLocation.findMany({ where: { id: { in: ids } }, include: salInclude }));
  return rows.map((row) =>
    params.full ? hsdsServiceAtLocationFull(params.locale, row) : hsdsServiceAtLocationList(params.locale, row),
  );
}

export async function listServiceAtLocations(params: HsdsParams, point: Proximity | undefined) {
  return pageOf(await fromSql(params, point), Prisma.sql`sal.id`, Prisma.sql`s.name_fr, sal.id`, params, (ids) =>
    render(ids, params),
  );
}

export async function* streamServiceAtLocations(params: HsdsParams, point: Proximity | undefined) {
  yield* everyRecordOf(await fromSql(params, point), Prisma.sql`sal.id`, (ids) => render(ids, params));
}

export async function getServiceAtLocation(id: string, params: HsdsParams) {
  const row = await db.serviceAtLocation.findFirst({
    where: { id, service: { ...publicWhere, organization: publicWhere }, location: { deletedAt: null } },
    include: salInclude,
  });
  return row ? hsdsServiceAtLocationFull(params.locale, row) : null;
}
