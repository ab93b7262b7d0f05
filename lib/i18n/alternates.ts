import type { Metadata } from "next";
import { getPathname } from "./navigation";
import { routing, type Locale } from "./routing";

type Href = Parameters<typeof getPathname>[0]["href"];

/**
 * Canonical URL of a page in this language, and its hreflang alternates (fr, en, and
 * x-default = French, the default locale). Relative: the layout sets metadataBase.
 */
export function localeAlternates(href: Href, locale: Locale): NonNullable<Metadata["alternates"]> {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, getPathname({ href, locale: l })]));
  return {
    canonical: getPathname({ href, locale }),
    languages: { ...languages, "x-default": languages[routing.defaultLocale] },
  };
}
