import "server-only";
import { getLocale } from "next-intl/server";
import { localizedPathname, type Href } from "./paths";
import type { Locale } from "./routing";

export type { Href } from "./paths";

/**
 * For server components: a function giving the localized URL of a page in the request's
 * language ("/search" → "/fr/recherche"), for a plain <a href>. Public pages use plain links
 * rather than next-intl's Link: no next/link in the browser, no prefetch of every link.
 */
export async function getHref(): Promise<(href: Href) => string> {
  const locale = (await getLocale()) as Locale;
  return (href) => localizedPathname(href, locale);
}
