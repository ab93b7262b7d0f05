import type { ParsedQuery } from "../query-parser";
import type { SearchLocale } from "../types";
import { SqlParams } from "./sql-params";

/**
 * Type-ahead: names of services whose name, organization or category (weights A, B of the
 * `simple` vector) contain every typed word, the last one as a prefix. Best matches first.
 */
export function suggestSql(parsed: ParsedQuery, locale: SearchLocale, limit: number) {
  const params = new SqlParams();
  const tsquery = parsed.words.map((w, i) => `'${w}':${i === parsed.words.length - 1 ? "*" : ""}AB`).join(" & ");
  const name = locale === "en" ? `coalesce(display->>'nameEn', display->>'nameFr')` : `display->>'nameFr'`;
  const sql = `
    SELECT name FROM (
      SELECT DISTINCT ON (lower(name)) name, score FROM (
        SELECT ${name} AS name, ts_rank(d.tsv_simple, q) + word_similarity(${params.add(parsed.words.join(" "))}, d.name_text) AS score
        FROM search_document d, to_tsquery('simple', ${params.add(tsquery)}) AS q
        WHERE d.tsv_simple @@ q
        LIMIT 500
      ) matches ORDER BY lower(name), score DESC
    ) best ORDER BY score DESC, name LIMIT ${params.add(Math.min(Math.max(limit, 1), 20), "int")}`;
  return { sql, values: params.values };
}
