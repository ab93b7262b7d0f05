import type { Metadata } from "next";
import { localizedPathname, type Href } from "./paths";
import { routing, type Locale } from "./routing";

/**
 * Canonical URL of a page in this language, and its hreflang alternates (fr, en, and
 * x-default = French, the default locale). Relative: the layout sets metadataBase.
 */
export function localeAlternates(href: Href, locale: Locale): NonNullable<Metadata["alternates"]> {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedPathname(href, l)]));
  return {
    canonical: localizedPathname(href, locale),
    languages: { ...languages, "x-default": languages[routing.defaultLocale] },
  };
}
