// The sitemap protocol's two documents (sitemaps.org): a urlset of at most 50,000 URLs, and
// an index of urlsets. Pure functions, so their limits are tested without a database.

export type SitemapUrl = { loc: string; lastModified?: Date; alternates: { hreflang: string; href: string }[] };

export const MAX_URLS_PER_SITEMAP = 50_000;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Always at least one part, so that an empty directory still has a valid sitemap. */
export function splitSitemap(urls: SitemapUrl[], size = MAX_URLS_PER_SITEMAP): SitemapUrl[][] {
  const parts: SitemapUrl[][] = [];
  for (let start = 0; start < urls.length; start += size) parts.push(urls.slice(start, start + size));
  return parts.length ? parts : [[]];
}

export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => {
      const links = url.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${escape(a.hreflang)}" href="${escape(a.href)}"/>`)
        .join("");
      const lastmod = url.lastModified ? `<lastmod>${url.lastModified.toISOString()}</lastmod>` : "";
      return `<url><loc>${escape(url.loc)}</loc>${lastmod}${links}</url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

export function sitemapIndexXml(locations: string[]): string {
  const body = locations.map((loc) => `<sitemap><loc>${escape(loc)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}
