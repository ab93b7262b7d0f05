// Where residents can use a service: a whole region (phone lines, regional programs), the
// MRC around the service, or just the towns of its sites.
import type { Context, DirectoryRows } from "./context";
import type { GeneratedLocation } from "./generate-location";
import { MUNICIPALITIES_BY_MRC } from "./places";

function area(ctx: Context, serviceId: string, regionCode: string | null, town: string | null, out: DirectoryRows) {
  out.serviceArea.push({
    id: ctx.random.uuid(),
    service_id: serviceId,
    region_code: regionCode,
    municipality_id: town ? (ctx.ref.municipalityIds.get(town) ?? null) : null,
    description_fr: null,
    description_en: null,
  });
}

export function generateServiceArea(
  ctx: Context,
  serviceId: string,
  regionWide: boolean,
  sites: GeneratedLocation[],
  out: DirectoryRows,
) {
  const { random } = ctx;
  const home = sites[0]!.town;
  if (regionWide || random.chance(0.15)) {
    area(ctx, serviceId, home.regionCode, null, out);
    // A few lines serve both regions (the 211 territory).
    if (random.chance(0.1)) area(ctx, serviceId, home.regionCode === "03" ? "12" : "03", null, out);
    return;
  }
  const towns = new Set(sites.map((site) => site.town.name));
  if (random.chance(0.2)) for (const m of MUNICIPALITIES_BY_MRC.get(home.mrc) ?? []) towns.add(m.name);
  for (const name of [...towns].sort()) area(ctx, serviceId, null, name, out);
}
