import { buildBasemap } from "@/lib/map/basemap";
import { errorFields, requestLogger } from "@/lib/observability/logger";

/** GET /api/map/basemap — the offline basemap (GeoJSON), the same for everyone: cached a day. */
export async function GET() {
  try {
    return Response.json(await buildBasemap(), {
      headers: { "Content-Type": "application/geo+json", "Cache-Control": "public, max-age=86400" },
    });
  } catch (error) {
    (await requestLogger()).error(errorFields(error), "GET /api/map/basemap failed");
    return Response.json({ error: "unavailable" }, { status: 503 });
  }
}
