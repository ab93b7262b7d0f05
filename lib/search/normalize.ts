// Text normalisation shared by the query parser and the synonym table: the same
// unaccented, lower-case form PostgreSQL's unaccent() + lower() produce for our text.
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

export function normalizeText(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c])
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

/** Words made of letters and digits only: nothing else ever reaches a tsquery. */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
