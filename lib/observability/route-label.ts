import { routing } from "@/lib/i18n/routing";

// Metrics are labelled by route, not by URL: a label per slug or search would grow without
// bound (and put what people search for into the metrics). Every page path of every locale
// maps to its route template; anything unknown is "other".

const API_ROUTES = ["/api/search/suggest", "/api/search", "/api/health", "/api/metrics", "/api/bench-floor"];

const PAGE_ROUTES: { pattern: RegExp; label: string }[] = Object.entries(routing.pathnames).flatMap(
  ([route, localized]) =>
    routing.locales.map((locale) => {
      const path = typeof localized === "string" ? localized : localized[locale];
      const source = `/${locale}${path === "/" ? "" : path}`
        .split("/")
        .map((part) => (/^\[.+\]$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/");
      return { pattern: new RegExp(`^${source}/?$`), label: `/[locale]${route === "/" ? "" : route}` };
    }),
);

export function routeLabel(pathname: string): string {
  const path = pathname.split("?")[0];
  if (path.startsWith("/_next/")) return "/_next";
  if (path.startsWith("/api/auth/")) return "/api/auth";
  const api = API_ROUTES.find((route) => path === route);
  if (api) return api;
  if (path.startsWith("/api/")) return "/api/other";
  if (path === "/sitemap.xml" || path.startsWith("/sitemaps/")) return "/sitemap";
  if (path === "/robots.txt") return "/robots.txt";
  if (path === "/") return "/";
  return PAGE_ROUTES.find((route) => route.pattern.test(path))?.label ?? "other";
}
