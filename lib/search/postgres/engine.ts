import "server-only";
import { db } from "@/lib/db/client";
import { buildClauses, parseQuery, toTsQueryText, type Clause } from "../query-parser";
import type { FacetValue, SearchEngine, SearchLocale, SearchQuery, SearchResult } from "../types";
import { ADD_VOCABULARY_SQL, DELETE_NOT_PUBLIC_SQL, UPSERT_DOCUMENTS_SQL, WRITE_FACETS_SQL } from "./build-documents";
import { LOCK_FACETS_SQL } from "./build-facets";
import { findCorrections } from "./corrections";
import { languageLabel, accessibilityLabel } from "./facet-labels";
import { buildSearchSql, type TextQuery } from "./search-sql";
import { loadSynonymGroups } from "./synonyms";
import { toHit, type HitRow } from "./to-hit";
import { suggestSql } from "./suggest-sql";

type Row = {
  total: number;
  hits: HitRow[];
  category: FacetValue[];
  region: FacetValue[];
  municipality: FacetValue[];
  language: { value: string; count: number }[];
  accessible: number;
};

function textQuery(clauses: Clause[], mode: "all" | "any"): TextQuery {
  if (clauses.length === 0) return null;
  const tsquery = toTsQueryText(clauses, mode);
  return { fr: tsquery, en: tsquery, simple: tsquery, names: toTsQueryText(clauses, mode, { inNames: true }) };
}

async function run(query: SearchQuery, text: TextQuery): Promise<Row> {
  const { sql, values } = buildSearchSql(query, text);
  const rows = await db.$queryRawUnsafe<Row[]>(sql, ...values);
  return rows[0];
}

export const postgresEngine: SearchEngine = {
  name: "postgres",

  async search(query) {
    const started = performance.now();
    const now = query.now ?? new Date();
    const parsed = parseQuery(query.q);
    let row: Row;
    if (parsed.words.length === 0) {
      row = await run(query, null);
    } else {
      const [synonyms, corrections] = await Promise.all([loadSynonymGroups(), findCorrections(parsed)]);
      const clauses = buildClauses(parsed, synonyms, corrections);
      row = await run(query, textQuery(clauses, "all"));
      // A natural phrase rarely has every word in one record: then any word may match,
      // and records matching more of them rank first.
      if (row.total === 0 && clauses.length > 1) row = await run(query, textQuery(clauses, "any"));
    }
    const locale = query.locale;
    return {
      total: row.total,
      page: query.page,
      perPage: query.perPage,
      tookMs: Math.round(performance.now() - started),
      hits: row.hits.map((hit) => toHit(hit, locale, now)),
      facets: {
        category: row.category,
        region: row.region,
        municipality: row.municipality,
        language: row.language.map((l) => ({ ...l, label: languageLabel(l.value, locale) })),
        accessibility:
          row.accessible > 0 ? [{ value: "wheelchair", label: accessibilityLabel(locale), count: row.accessible }] : [],
      },
      near: query.near ?? null,
    } satisfies SearchResult;
  },

  async index(serviceIds) {
    const ids = [...new Set(serviceIds)];
    if (ids.length === 0) return;
    await db.$transaction([
      db.$executeRawUnsafe(DELETE_NOT_PUBLIC_SQL, ids),
      db.$executeRawUnsafe(UPSERT_DOCUMENTS_SQL, ids),
      db.$executeRawUnsafe(LOCK_FACETS_SQL),
      ...WRITE_FACETS_SQL.map((sql) => db.$executeRawUnsafe(sql, ids)),
      db.$executeRawUnsafe(ADD_VOCABULARY_SQL, ids),
    ]);
  },

  async suggest(prefix: string, locale: SearchLocale, limit: number) {
    const parsed = parseQuery(prefix);
    if (parsed.words.length === 0) return [];
    const { sql, values } = suggestSql(parsed, locale, limit);
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(sql, ...values);
    return rows.map((r) => r.name);
  },
};
