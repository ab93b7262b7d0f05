import { isLocale, type Locale } from "@/lib/i18n/routing";
import { parseListSlugs } from "./list-slugs";

export type SheetParams = { slugs: string[]; lang: Locale; large: boolean };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The sheet's services, language (defaults to the page's) and print size, from a query. */
export function parseSheetParams(query: Record<string, unknown>, fallback: Locale): SheetParams {
  const own = (key: string) => (Object.hasOwn(query, key) ? query[key] : undefined);
  const lang = first(own("lang"));
  return {
    slugs: parseListSlugs(own("services")),
    lang: isLocale(lang) ? lang : fallback,
    large: first(own("large")) === "1",
  };
}
