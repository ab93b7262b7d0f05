import type { MetadataRoute } from "next";
import { listSitemapRecords } from "@/lib/directory/list-sitemap-records";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

// Read at request time: records change all day and the build has no database.
export const dynamic = "force-dynamic";

type Href = Parameters<typeof getPathname>[0]["href"];

// One sitemap holds 50,000 URLs; the directory (a few thousand records × 2 languages) is far
// below that. Past ~45,000 this should move to generateSitemaps().
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = process.env.PUBLIC_URL ?? "http://localhost:3000";
  const url = (href: Href, locale: (typeof routing.locales)[number]) =>
    new URL(getPathname({ href, locale }), base).href;
  // Every page once per language, each naming all its language versions.
  const entry = (href: Href, lastModified?: Date): MetadataRoute.Sitemap =>
    routing.locales.map((locale) => ({
      url: url(href, locale),
      lastModified,
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, url(href, l)])) },
    }));

  const { services, organizations, categories } = await listSitemapRecords();
  return [
    ...entry("/"),
    ...entry("/search"),
    ...categories.flatMap((c) => entry({ pathname: "/categories/[code]", params: { code: c.slug } }, c.updatedAt)),
    ...organizations.flatMap((o) =>
      entry({ pathname: "/organizations/[slug]", params: { slug: o.slug } }, o.updatedAt),
    ),
    ...services.flatMap((s) => entry({ pathname: "/services/[slug]", params: { slug: s.slug } }, s.updatedAt)),
  ];
}
