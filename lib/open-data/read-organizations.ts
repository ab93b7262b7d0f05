import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";
import { organizationFullInclude, organizationListSelect } from "./hsds-include";
import { hsdsPage, inOrder } from "./hsds-page";
import type { HsdsParams } from "./hsds-params";
import { hsdsOrganizationFull, hsdsOrganizationList } from "./map-records";
import { renderServices, STREAM_BATCH } from "./read-services";
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
  return Promise.all(
    rows.map(async (row) =>
      hsdsOrganizationFull(
        locale,
        row,
        params.fullService
          ? await renderServices(
              row.services.map((s) => s.id),
              { locale, full: true, minimal: false },
            )
          : row.services.map((s) => hsdsServiceList(locale, s)),
      ),
    ),
  );
}

export async function listOrganizations(params: HsdsParams) {
  const where = whereSql(params);
  const [[{ total }], page] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM organization o WHERE ${where}`,
    db.$queryRaw<{ id: string }[]>`SELECT o.id FROM organization o WHERE ${where} ORDER BY o.name_fr, o.id
      LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`,
  ]);
  const contents = await renderOrganizations(
    page.map((row) => row.id),
    params,
  );
  return hsdsPage(contents, total, params.page, params.perPage);
}

export async function* streamOrganizations(params: HsdsParams) {
  const where = whereSql(params);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db.$queryRaw<{ id: string }[]>`SELECT o.id FROM organization o
      WHERE ${where} AND o.id > ${after}::uuid ORDER BY o.id LIMIT ${STREAM_BATCH}`;
    if (batch.length === 0) return;
    yield* await renderOrganizations(
      batch.map((row) => row.id),
      params,
    );
    after = batch[batch.length - 1].id;
  }
}

/** `/organizations/{id}` is always fully nested; `full_service=true` nests full services too. */
export async function getOrganization(id: string, params: Pick<HsdsParams, "locale" | "fullService">) {
  const found = await db.organization.findFirst({ where: { id, ...publicWhere }, select: { id: true } });
  if (!found) return null;
  const [organization] = await renderOrganizations([id], { ...params, full: true });
  return organization;
}
