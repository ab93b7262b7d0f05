import { describe, expect, it } from "vitest";
import { MAX_URLS_PER_SITEMAP, sitemapIndexXml, splitSitemap, urlsetXml, type SitemapUrl } from "./sitemap-xml";

const url = (n: number): SitemapUrl => ({ loc: `https://211.example/fr/services/s-${n}`, alternates: [] });

describe("sitemap documents", () => {
  it("splits past 50,000 URLs and never returns zero parts", () => {
    const urls = Array.from({ length: 2 * MAX_URLS_PER_SITEMAP + 1 }, (_, n) => url(n));
    expect(splitSitemap(urls).map((part) => part.length)).toEqual([50_000, 50_000, 1]);
    expect(splitSitemap(urls.slice(0, MAX_URLS_PER_SITEMAP))).toHaveLength(1);
    expect(splitSitemap([])).toEqual([[]]);
  });

  it("writes escaped urlsets with language alternates, and indexes", () => {
    const xml = urlsetXml([
      {
        loc: "https://211.example/fr/recherche?a=1&b=2",
        lastModified: new Date("2026-12-01T10:00:00Z"),
        alternates: [{ hreflang: "en", href: "https://211.example/en/search" }],
      },
    ]);
    expect(xml).toContain("<loc>https://211.example/fr/recherche?a=1&amp;b=2</loc>");
    expect(xml).toContain("<lastmod>2026-12-01T10:00:00.000Z</lastmod>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://211.example/en/search"/>');
    expect(sitemapIndexXml(["https://211.example/sitemaps/1.xml"])).toContain(
      "<sitemap><loc>https://211.example/sitemaps/1.xml</loc></sitemap>",
    );
  });
});
