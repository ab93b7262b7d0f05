import "server-only";
import { db } from "@/lib/db/client";
import type { ParsedQuery } from "../query-parser";

const MIN_LENGTH = 4;
const MIN_SIMILARITY = 0.45;

/**
 * Typo correction: each word (4+ letters) that no document contains — and that is not the
 * beginning of a known word while being typed — maps to the most similar word of the
 * vocabulary (pg_trgm similarity, GIN trigram index), e.g. "alimantaire" → "alimentaire".
 */
export async function findCorrections(parsed: ParsedQuery): Promise<Map<string, string>> {
  const candidates = parsed.words.filter((w) => w.length >= MIN_LENGTH && !/\d/.test(w));
  if (candidates.length === 0) return new Map();
  const typing = parsed.prefixLast ? parsed.words.at(-1)! : "";
  const rows = await db.$queryRaw<{ word: string; correction: string | null }[]>`
    SELECT w.word,
           (SELECT v.word FROM search_vocabulary v
            WHERE v.word % w.word AND similarity(v.word, w.word) >= ${MIN_SIMILARITY}
            ORDER BY similarity(v.word, w.word) DESC, v.documents DESC, v.word LIMIT 1) AS correction
    FROM unnest(${candidates}::text[]) AS w(word)
    WHERE NOT EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = w.word)
      AND NOT (w.word = ${typing} AND EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word LIKE w.word || '%'))`;
  return new Map(rows.filter((r) => r.correction).map((r) => [r.word, r.correction!]));
}
