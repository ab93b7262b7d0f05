// Localized URLs from the routing table, without next-intl's navigation module: importing
// that module (even for getPathname alone) puts its client Link, and next/link, in the
// browser bundle of every page whose server code imports it. Public pages render plain
// links; the staff area keeps next-intl's Link. paths.test.ts pins the URLs next-intl's
// getPathname gives for every page of the routing table.
import type { getPathname } from "./navigation";
import { routing, type AppPathname, type Locale } from "./routing";

/** A page of the site: an internal pathname, with its params and query when it has some. */
export type Href = Parameters<typeof getPathname>[0]["href"];

type Query = Record<string, string | number | boolean | readonly (string | number | boolean)[]>;

function template(pathname: AppPathname, locale: Locale): string {
  const localized = routing.pathnames[pathname];
  return typeof localized === "string" ? localized : localized[locale];
}

function build(locale: Locale, path: string, query?: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  // Non-ASCII characters encoded, as next-intl does; "/fr", not "/fr/", for the home page.
  const encoded = new URL(path, "http://l").pathname;
  const queryString = search.toString();
  return `/${locale}${encoded === "/" ? "" : encoded}${queryString ? `?${queryString}` : ""}`;
}

/** The localized URL of a page: "/search" in French → "/fr/recherche" (no bare "?" for an empty query). */
export function localizedPathname(href: Href, locale: Locale): string {
  const { pathname, params, query } = (typeof href === "string" ? { pathname: href } : href) as {
    pathname: AppPathname;
    params?: Record<string, string | number>;
    query?: Query;
  };
  const path = template(pathname, locale).replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (params?.[name] === undefined) throw new Error(`Missing param ${name} for ${pathname}`);
    return String(params[name]);
  });
  return build(locale, path, query);
}

// Pages without params first: "/admin/organismes/nouveau" is the new-organization page, not [id].
const pathnames = (Object.keys(routing.pathnames) as AppPathname[]).sort(
  (a, b) => a.split("[").length - b.split("[").length,
);

/**
 * The same page in another language, from the address bar's pathname (also runs in the
 * browser): "/fr/organismes/abc" → "/en/organizations/abc". Paths outside the routing table
 * only change their locale prefix.
 */
export function pathnameInLocale(pathname: string, from: Locale, to: Locale): string {
  const rest =
    pathname === `/${from}` ? "/" : pathname.startsWith(`/${from}/`) ? pathname.slice(from.length + 1) : pathname;
  for (const internal of pathnames) {
    const names: string[] = [];
    const pattern = template(internal, from)
      .split(/\[([^\]]+)\]/)
      .map((part, index) => {
        if (index % 2 === 0) return part.replace(/[.*+?^${}()|\\]/g, "\\$&");
        names.push(part);
        return "([^/]+)";
      })
      .join("");
    const match = new RegExp(`^${pattern}/?$`).exec(rest);
    if (match) {
      const path = template(internal, to).replace(/\[([^\]]+)\]/g, (_, name: string) => match[names.indexOf(name) + 1]);
      return build(to, path);
    }
  }
  return build(to, rest);
}
