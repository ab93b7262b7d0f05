import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";
import type { SearchLocale } from "@/lib/search/types";
import { serviceFullInclude, serviceListSelect } from "./hsds-include";
import { inOrder } from "./hsds-page";
import { everyRecordOf, pageOf } from "./paged-ids";
import type { HsdsParams } from "./hsds-params";
import { listTaxonomyNames } from "./list-taxonomy-names";
import { hsdsServiceFull, hsdsServiceList, hsdsServiceMinimal, type RegionNames } from "./map-records";
import { serviceFilterSql } from "./service-filter-sql";

export async function regionNames(): Promise<RegionNames> {
  const regions = await db.region.findMany();
  return new Map(regions.map((region) => [region.code, region]));
}

/** Services as one query param set asks for them: minimal, one-to-one fields, or fully nested. */
export async function renderServices(ids: string[], params: Pick<HsdsParams, "locale" | "full" | "minimal">) {
  const { locale } = params;
  if (params.full) {
    const [rows, regions] = await Promise.all([
      db.service.findMany({ where: { id: { in: ids } }, include: serviceFullInclude }),
      regionNames(),
    ]);
    return inOrder(ids, rows).map((row) => hsdsServiceFull(locale, row, regions));
  }
  const rows = inOrder(ids, await db.service.findMany({ where: { id: { in: ids } }, select: serviceListSelect }));
  return rows.map((row) => (params.minimal ? hsdsServiceMinimal(locale, row) : hsdsServiceList(locale, row)));
}

async function fromSql(params: HsdsParams) {
  const where = serviceFilterSql(params, params.taxonomyId ? await listTaxonomyNames() : []);
  return Prisma.sql`FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${where}`;
}

export async function listServices(params: HsdsParams) {
  return pageOf(await fromSql(params), Prisma.sql`s.id`, Prisma.sql`s.name_fr, s.id`, params, (ids) =>
    renderServices(ids, params),
  );
}

export async function* streamServices(params: HsdsParams) {
  yield* everyRecordOf(await fromSql(params), Prisma.sql`s.id`, (ids) => renderServices(ids, params));
}

export async function getService(id: string, locale: SearchLocale) {
  const row = await db.service.findFirst({
    where: { id, ...publicWhere, organization: publicWhere },
    include: serviceFullInclude,
  });
  return row ? hsdsServiceFull(locale, row, await regionNames()) : null;
}
