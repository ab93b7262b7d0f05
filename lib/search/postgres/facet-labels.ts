import { searchApiTranslator } from "../messages";
import type { SearchLocale } from "../types";

const displayNames = new Map<SearchLocale, Intl.DisplayNames>();

/** "fr" → "français" / "French": language names come from the platform's CLDR data. */
export function languageLabel(code: string, locale: SearchLocale): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "language" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function accessibilityLabel(locale: SearchLocale): string {
  return searchApiTranslator(locale)("accessibilityWheelchair");
}
