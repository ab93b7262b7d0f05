import "server-only";
import { db } from "@/lib/db/client";
import { convexHull, expand, type Point } from "./convex-hull";

/**
 * The offline basemap (docs/decisions/019-maps.md): the two regions drawn as approximate
 * outlines around their municipalities' centres, and the municipalities as points. Built from
 * the directory's own reference data, so it needs no tile server and sends nothing anywhere.
 */
export async function buildBasemap() {
  const [regions, municipalities] = await Promise.all([
    db.region.findMany({ select: { code: true, nameFr: true, nameEn: true } }),
    db.municipality.findMany({ select: { name: true, regionCode: true, mrc: true, latitude: true, longitude: true } }),
  ]);
  const regionFeatures = regions.flatMap((region) => {
    const points = municipalities
      .filter((m) => m.regionCode === region.code)
      .map((m): Point => [m.longitude, m.latitude]);
    if (points.length < 3) return [];
    return [
      {
        type: "Feature" as const,
        properties: { kind: "region", code: region.code, nameFr: region.nameFr, nameEn: region.nameEn },
        geometry: { type: "Polygon" as const, coordinates: [expand(convexHull(points), 0.08)] },
      },
    ];
  });
  const municipalityFeatures = municipalities.map((m) => ({
    type: "Feature" as const,
    properties: { kind: "municipality", name: m.name, mrc: m.mrc, region: m.regionCode },
    geometry: { type: "Point" as const, coordinates: [m.longitude, m.latitude] },
  }));
  return { type: "FeatureCollection" as const, features: [...regionFeatures, ...municipalityFeatures] };
}
