import type { Locale } from "./routing";

/** A text in the page's language, or the French text when no English exists yet. */
export type LocalizedText = { text: string; lang: Locale; isFallback: boolean };

export function localize(locale: Locale, fr: string, en: string | null | undefined): LocalizedText;
export function localize(
  locale: Locale,
  fr: string | null | undefined,
  en: string | null | undefined,
): LocalizedText | null;
export function localize(locale: Locale, fr: string | null | undefined, en: string | null | undefined) {
  if (locale === "en" && en?.trim()) return { text: en, lang: "en", isFallback: false };
  if (fr?.trim()) return { text: fr, lang: "fr", isFallback: locale !== "fr" };
  if (en?.trim()) return { text: en, lang: "en", isFallback: locale !== "en" };
  return null;
}

/** Plain string form, for titles and attributes where no marker can be shown. */
export function localizedString(locale: Locale, fr: string, en: string | null | undefined): string {
  return localize(locale, fr, en).text;
}
