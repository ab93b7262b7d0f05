import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";
import { organizationFullInclude, organizationListSelect } from "./hsds-include";
import { inOrder } from "./hsds-page";
import { everyRecordOf, pageOf } from "./paged-ids";
import type { HsdsParams } from "./hsds-params";
import { hsdsOrganizationFull, hsdsOrganizationList } from "./map-records";
import { renderServices } from "./read-services";
import { hsdsServiceList } from "./map-records";

type OrganizationParams = Pick<HsdsParams, "locale" | "full" | "fullService">;

function whereSql(params: HsdsParams) {
  const parts = [Prisma.sql`o.status IN ('active', 'temporarily_closed') AND o.deleted_at IS NULL`];
  if (params.search) {
    const pattern = `%${params.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      Prisma.sql`(unaccent(o.name_fr) ILIKE unaccent(${pattern}) OR unaccent(coalesce(o.name_en, '')) ILIKE unaccent(${pattern}))`,
    );
  }
  return Prisma.join(parts, " AND ");
}

export async function renderOrganizations(ids: string[], params: OrganizationParams) {
  const { locale } = params;
  if (!params.full && !params.fullService) {
    const rows = await db.organization.findMany({ where: { id: { in: ids } }, select: organizationListSelect });
    return inOrder(ids, rows).map((row) => hsdsOrganizationList(locale, row));
  }
  const rows = inOrder(
    ids,
    await db.organization.findMany({ where: { id: { in: ids } }, include: organizationFullInclude }),
  );
  // Every organization's full services in one read (one per organization made an export of
  // 20,000 services take minutes).
  const full = params.fullService
    ? await renderServices(
        rows.flatMap((row) => row.services.map((s) => s.id)),
        { locale, full: true, minimal: false },
      )
    : [];
  const fullById = new Map(full.map((service) => [service.id, service]));
  return rows.map((row) =>
    hsdsOrganizationFull(
      locale,
      row,
      params.fullService
        ? row.services.flatMap((s) => fullById.get(s.id) ?? [])
        : row.services.map((s) => hsdsServiceList(locale, s)),
    ),
  );
}

export async function listOrganizations(params: HsdsParams) {
  const from = Prisma.sql`FROM organization o WHERE ${whereSql(params)}`;
  return pageOf(from, Prisma.sql`o.id`, Prisma.sql`o.name_fr, o.id`, params, (ids) => renderOrganizations(ids, params));
}

export async function* streamOrganizations(params: HsdsParams) {
  const from = Prisma.sql`FROM organization o WHERE ${whereSql(params)}`;
  yield* everyRecordOf(from, Prisma.sql`o.id`, (ids) => renderOrganizations(ids, params));
}

/** `/organizations/{id}` is always fully nested; `full_service=true` nests full services too. */
export async function getOrganization(id: string, params: Pick<HsdsParams, "locale" | "fullService">) {
  const found = await db.organization.findFirst({ where: { id, ...publicWhere }, select: { id: true } });
  if (!found) return null;
  const [organization] = await renderOrganizations([id], { ...params, full: true });
  return organization;
}
