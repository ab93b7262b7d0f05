import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";
import type { SearchLocale } from "@/lib/search/types";
import { serviceFullInclude, serviceListSelect } from "./hsds-include";
import { hsdsPage, inOrder } from "./hsds-page";
import type { HsdsParams } from "./hsds-params";
import { listTaxonomyNames } from "./list-taxonomy-names";
import { hsdsServiceFull, hsdsServiceList, hsdsServiceMinimal, type RegionNames } from "./map-records";
import { serviceFilterSql } from "./service-filter-sql";

export const STREAM_BATCH = 500;

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

export async function listServices(params: HsdsParams) {
  const where = serviceFilterSql(params, params.taxonomyId ? await listTaxonomyNames() : []);
  const from = Prisma.sql`FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${where}`;
  const [[{ total }], page] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
    db.$queryRaw<{ id: string }[]>`SELECT s.id ${from} ORDER BY s.name_fr, s.id
      LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`,
  ]);
  const contents = await renderServices(
    page.map((row) => row.id),
    params,
  );
  return hsdsPage(contents, total, params.page, params.perPage);
}

/** Every matching service, a batch at a time (keyset on id): memory stays flat whatever the size. */
export async function* streamServices(params: HsdsParams) {
  const where = serviceFilterSql(params, params.taxonomyId ? await listTaxonomyNames() : []);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db.$queryRaw<{ id: string }[]>`SELECT s.id FROM service s
      JOIN organization o ON o.id = s.organization_id
      WHERE ${where} AND s.id > ${after}::uuid ORDER BY s.id LIMIT ${STREAM_BATCH}`;
    if (batch.length === 0) return;
    yield* await renderServices(
      batch.map((row) => row.id),
      params,
    );
    after = batch[batch.length - 1].id;
  }
}

export async function getService(id: string, locale: SearchLocale) {
  const row = await db.service.findFirst({
    where: { id, ...publicWhere, organization: publicWhere },
    include: serviceFullInclude,
  });
  return row ? hsdsServiceFull(locale, row, await regionNames()) : null;
}
