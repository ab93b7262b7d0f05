import "server-only";
import { listSitemapRecords } from "@/lib/directory/list-sitemap-records";
import { localizedPathname, type Href } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { sitemapIndexXml, splitSitemap, urlsetXml, type SitemapUrl } from "./sitemap-xml";

// sitemap.xml reads every public record: built at most once per SITEMAP_TTL_SECONDS (default
// one hour) per instance, so a crawler or an attacker asking for it in a loop costs nothing.
// Past 50,000 URLs it becomes an index of parts (/sitemaps/N.xml), as the protocol requires.

const TTL_MS = Number(process.env.SITEMAP_TTL_SECONDS ?? 3600) * 1000;
let cache: { builtAt: number; parts: Promise<SitemapUrl[][]> } | undefined;

async function buildUrls(base: string): Promise<SitemapUrl[]> {
  const url = (href: Href, locale: (typeof routing.locales)[number]) =>
    new URL(localizedPathname(href, locale), base).href;
  // Every page once per language, each naming all its language versions.
  const entry = (href: Href, lastModified?: Date): SitemapUrl[] =>
    routing.locales.map((locale) => ({
      loc: url(href, locale),
      lastModified,
      alternates: routing.locales.map((l) => ({ hreflang: l, href: url(href, l) })),
    }));
  const { services, organizations, categories } = await listSitemapRecords();
  return [
    ...entry("/"),
    ...entry("/search"),
    ...entry("/privacy"),
    ...categories.flatMap((c) => entry({ pathname: "/categories/[code]", params: { code: c.slug } }, c.updatedAt)),
    ...organizations.flatMap((o) =>
      entry({ pathname: "/organizations/[slug]", params: { slug: o.slug } }, o.updatedAt),
    ),
    ...services.flatMap((s) => entry({ pathname: "/services/[slug]", params: { slug: s.slug } }, s.updatedAt)),
  ];
}

function parts(base: string, now: number): Promise<SitemapUrl[][]> {
  if (!cache || now - cache.builtAt >= TTL_MS) {
    const built = buildUrls(base).then(splitSitemap);
    cache = { builtAt: now, parts: built };
    // A failed build is not kept: the next request tries again.
    built.catch(() => {
      if (cache?.parts === built) cache = undefined;
    });
  }
  return cache.parts;
}

const publicBase = () => process.env.PUBLIC_URL ?? "http://localhost:3000";

/** /sitemap.xml: the whole urlset when it fits in one file, else the index of its parts. */
export async function sitemapRoot(now = Date.now()): Promise<string> {
  const all = await parts(publicBase(), now);
  if (all.length === 1) return urlsetXml(all[0]);
  return sitemapIndexXml(all.map((_, index) => new URL(`/sitemaps/${index + 1}.xml`, publicBase()).href));
}

/** /sitemaps/N.xml (1-based), or null past the last part. */
export async function sitemapPart(number: number, now = Date.now()): Promise<string | null> {
  const all = await parts(publicBase(), now);
  return Number.isInteger(number) && number >= 1 && number <= all.length ? urlsetXml(all[number - 1]) : null;
}
