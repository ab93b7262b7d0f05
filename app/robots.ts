import type { MetadataRoute } from "next";

export const dynamic = "force-dynamic";

/** Everything public may be indexed; the staff area and the JSON API may not. */
export default function robots(): MetadataRoute.Robots {
  const base = process.env.PUBLIC_URL ?? "http://localhost:3000";
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/fr/admin", "/en/admin", "/api"] },
    sitemap: new URL("/sitemap.xml", base).href,
  };
}
