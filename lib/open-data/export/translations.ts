/**
 * HSDS has one text per field. Our exports carry the French record and, on every object whose
 * English differs, `x_translations: { en: { field: text } }` (HSDS schemas allow extra
 * properties), so that an export re-imports with both languages. The two renderings have the
 * same shape (same ids, same order): they are walked side by side.
 */
export const TRANSLATIONS_KEY = "x_translations";

type Json = unknown;

export function withTranslations(fr: Json, en: Json): Json {
  if (Array.isArray(fr))
    return fr.map((item, index) => withTranslations(item, Array.isArray(en) ? en[index] : undefined));
  if (!fr || typeof fr !== "object") return fr;
  const english = (en ?? {}) as Record<string, Json>;
  const merged: Record<string, Json> = {};
  const translated: Record<string, string> = {};
  for (const [key, value] of Object.entries(fr as Record<string, Json>)) {
    merged[key] = withTranslations(value, english[key]);
    const other = english[key];
    if (typeof value === "string" && typeof other === "string" && other !== value && key !== "language")
      translated[key] = other;
  }
  return Object.keys(translated).length ? { ...merged, [TRANSLATIONS_KEY]: { en: translated } } : merged;
}

/** The English text of a field of an imported HSDS object, when its file carries one. */
export function englishOf(record: Record<string, unknown>, field: string): string | undefined {
  const translations = record[TRANSLATIONS_KEY] as { en?: Record<string, unknown> } | undefined;
  const text = translations?.en?.[field];
  return typeof text === "string" && text.trim() ? text : undefined;
}
