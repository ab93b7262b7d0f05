import type { Locale } from "@/lib/i18n/routing";

/** "Français", "Anglais", "Arabe"… from ISO codes, in the page's language (Intl, no data file). */
export function languageNames(codes: string[], locale: Locale): string[] {
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return codes.map((code) => {
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  });
}
