import { sitemapRoot } from "@/lib/seo/sitemap";

// Read at request time (the build has no database); the document itself is cached in lib/seo.
export const dynamic = "force-dynamic";

/** GET /sitemap.xml — every public page in both languages, or the index of its parts. */
export async function GET() {
  return new Response(await sitemapRoot(), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
