import { sitemapPart } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

/** GET /sitemaps/N.xml — one part of a sitemap too large for one file. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).part);
  const xml = match ? await sitemapPart(Number(match[1])) : null;
  if (!xml) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
