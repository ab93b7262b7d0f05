import "server-only";
import { db } from "@/lib/db/client";
import { publicWhere } from "./public-record";

/** Slugs and last changes of every public record, for sitemap.xml. */
export async function listSitemapRecords() {
  const [services, organizations, categories] = await Promise.all([
    db.service.findMany({
      where: { ...publicWhere, organization: publicWhere },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.organization.findMany({ where: publicWhere, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.taxonomyTerm.findMany({ select: { slug: true, updatedAt: true }, orderBy: { code: "asc" } }),
  ]);
  return { services, organizations, categories };
}
