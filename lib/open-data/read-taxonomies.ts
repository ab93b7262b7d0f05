import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { namespaceTranslator } from "@/lib/i18n/namespace-translator";
import type { SearchLocale } from "@/lib/search/types";
import { taxonomyId } from "./derived-id";
import { hsdsPage } from "./hsds-page";
import type { HsdsParams } from "./hsds-params";
import { listTaxonomyNames } from "./list-taxonomy-names";
import { hsdsTaxonomyTerm } from "./map-parts";

const OWN_TAXONOMY = "repertoire-211";

function hsdsTaxonomy(locale: SearchLocale, name: string) {
  const t = namespaceTranslator("OpenData", locale);
  return {
    id: taxonomyId(name),
    name,
    // The directory's own vocabulary is described; an imported one is known by its name only.
    description: name === OWN_TAXONOMY ? t("api.ownTaxonomy") : name,
    version: "1",
  };
}

const matches = (search: string | undefined, ...texts: (string | null)[]) => {
  if (!search) return true;
  const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return texts.some((text) => text && fold(text).includes(fold(search)));
};

/** Taxonomies are few (one per vocabulary): listed and filtered in memory. */
export async function listTaxonomies(params: HsdsParams) {
  const all = (await listTaxonomyNames()).filter((name) => matches(params.search, name));
  const start = (params.page - 1) * params.perPage;
  const contents = all.slice(start, start + params.perPage).map((name) => hsdsTaxonomy(params.locale, name));
  return hsdsPage(contents, all.length, params.page, params.perPage);
}

export async function getTaxonomy(id: string, locale: SearchLocale) {
  const name = (await listTaxonomyNames()).find((candidate) => taxonomyId(candidate) === id);
  return name === undefined ? null : hsdsTaxonomy(locale, name);
}

function termWhere(params: HsdsParams, names: string[]): Prisma.TaxonomyTermWhereInput {
  const where: Prisma.TaxonomyTermWhereInput[] = [];
  if (params.taxonomyId)
    where.push({ taxonomy: names.find((name) => taxonomyId(name) === params.taxonomyId) ?? "\u0000" });
  if (params.parentId) where.push({ parentId: params.parentId });
  if (params.topOnly) where.push({ parentId: null });
  if (params.search)
    where.push({
      OR: [
        { nameFr: { contains: params.search, mode: "insensitive" } },
        { nameEn: { contains: params.search, mode: "insensitive" } },
        { code: { startsWith: params.search, mode: "insensitive" } },
      ],
    });
  return { AND: where };
}

export async function listTaxonomyTerms(params: HsdsParams) {
  const where = termWhere(params, params.taxonomyId ? await listTaxonomyNames() : []);
  const [total, rows] = await Promise.all([
    db.taxonomyTerm.count({ where }),
    db.taxonomyTerm.findMany({
      where,
      orderBy: [{ code: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
  ]);
  return hsdsPage(
    rows.map((row) => hsdsTaxonomyTerm(params.locale, row)),
    total,
    params.page,
    params.perPage,
  );
}

export async function* streamTaxonomyTerms(params: HsdsParams) {
  const where = termWhere(params, params.taxonomyId ? await listTaxonomyNames() : []);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.taxonomyTerm.findMany({
      where,
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield* rows.map((row) => hsdsTaxonomyTerm(params.locale, row));
    cursor = rows[rows.length - 1].id;
  }
}

export async function getTaxonomyTerm(id: string, locale: SearchLocale) {
  const row = await db.taxonomyTerm.findUnique({ where: { id } });
  return row ? hsdsTaxonomyTerm(locale, row) : null;
}
