import "server-only";
import { db } from "@/lib/db/client";
import type { FacetLabels } from "./to-result";

// Names change rarely and are small (hundreds of rows): one load per instance every few
// minutes instead of three queries per search.
const TTL_MS = 5 * 60 * 1000;
let cached: { at: number; labels: Promise<FacetLabels> } | null = null;

export function loadFacetLabels(): Promise<FacetLabels> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.labels;
  const labels = (async () => {
    const [terms, regions, municipalities] = await Promise.all([
      db.taxonomyTerm.findMany({ select: { code: true, nameFr: true, nameEn: true } }),
      db.region.findMany({ select: { code: true, nameFr: true, nameEn: true } }),
      db.municipality.findMany({ select: { slug: true, name: true } }),
    ]);
    return {
      categories: new Map(terms.map((t) => [t.code, { fr: t.nameFr, en: t.nameEn }])),
      regions: new Map(regions.map((r) => [r.code, { fr: r.nameFr, en: r.nameEn }])),
      municipalities: new Map(municipalities.map((m) => [m.slug, m.name])),
    };
  })();
  cached = { at: Date.now(), labels };
  labels.catch(() => (cached = null));
  return labels;
}
