import { normalizeText, words } from "./normalize";
import { STOP_WORDS } from "./stop-words";
import { MAX_QUERY_LENGTH } from "./types";

const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 40;

export type ParsedQuery = {
  /** Unaccented lower-case words, stop words removed (kept when the query has nothing else). */
  words: string[];
  /** The person is still typing the last word: match it as a prefix. */
  prefixLast: boolean;
};

/** Hostile-input-proof normalisation: control characters, tsquery syntax and length are dropped. */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, MAX_QUERY_LENGTH);
  const all = words(text)
    .filter((w) => w.length <= MAX_WORD_LENGTH)
    .slice(0, MAX_WORDS);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const kept = meaningful.length > 0 ? meaningful : all;
  const lastTyped = all.at(-1);
  // Prefix only while typing the last meaningful word (no trailing space, and at least 2 letters).
  const prefixLast = kept.length > 0 && lastTyped === kept.at(-1) && !/\s$/.test(text) && kept.at(-1)!.length >= 2;
  return { words: kept, prefixLast };
}

/** A synonym group as word sequences, e.g. [["banque","alimentaire"],["food","bank"]]. */
export type SynonymGroup = string[][];

export function prepareSynonymGroups(groups: string[][]): SynonymGroup[] {
  return groups
    .map((terms) =>
      terms
        .map((term) => {
          const all = words(term);
          const meaningful = all.filter((w) => !STOP_WORDS.has(w));
          return meaningful.length > 0 ? meaningful : all;
        })
        .filter((term) => term.length > 0),
    )
    .filter((group) => group.length > 1);
}

/** One position of the query: any of its alternatives (each an AND of words) may match. */
export type Clause = { alternatives: string[][]; prefix: boolean };

/**
 * Turns words into clauses: a phrase found in a synonym group becomes one clause whose
 * alternatives are all the group's terms; a corrected typo adds its correction as an
 * alternative; the last plain word is a prefix while typing.
 */
export function buildClauses(
  parsed: ParsedQuery,
  synonyms: SynonymGroup[],
  corrections: ReadonlyMap<string, string> = new Map(),
): Clause[] {
  const effective = parsed.words.map((w) => corrections.get(w) ?? w);
  const clauses: Clause[] = [];
  for (let i = 0; i < effective.length;) {
    // The longest synonym phrase starting here wins ("banque alimentaire" over "banque").
    let length = 0;
    for (const group of synonyms)
      for (const term of group)
        if (term.length > length && term.every((w, k) => effective[i + k] === w)) length = term.length;
    if (length > 0) {
      const phrase = effective.slice(i, i + length).join(" ");
      const alternatives = new Map<string, string[]>();
      // Every group holding the phrase contributes (a term may be in several groups).
      for (const group of synonyms)
        if (group.some((term) => term.join(" ") === phrase))
          for (const term of group) alternatives.set(term.join(" "), term);
      clauses.push({ alternatives: [...alternatives.values()], prefix: false });
      i += length;
    } else {
      const original = parsed.words[i];
      const alternatives = [[original]];
      if (effective[i] !== original) alternatives.push([effective[i]]);
      const isLast = i === effective.length - 1;
      clauses.push({ alternatives, prefix: isLast && parsed.prefixLast && effective[i] === original });
      i += 1;
    }
  }
  return clauses;
}

const lexeme = (word: string, prefix: boolean, weight: string) =>
  prefix || weight ? `'${word}':${prefix ? "*" : ""}${weight}` : `'${word}'`;

/**
 * A to_tsquery() string. Words are letters/digits only (see `words`), so quoting cannot be
 * broken; the configuration then stems them and drops its own stop words. `inNames` restricts
 * every word to weight A, the service's names (lib/search/postgres/build-documents.ts).
 */
export function toTsQueryText(clauses: Clause[], mode: "all" | "any", { inNames = false } = {}): string {
  const weight = inNames ? "A" : "";
  return clauses
    .map((clause) => {
      const alts = clause.alternatives.map((alt) =>
        alt.map((w, k) => lexeme(w, clause.prefix && k === alt.length - 1, weight)).join(" & "),
      );
      return `(${alts.map((a) => `(${a})`).join(" | ")})`;
    })
    .join(mode === "all" ? " & " : " | ");
}

export { normalizeText };
