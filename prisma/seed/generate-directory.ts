// The directory itself, generated organization by organization and handed out in batches,
// so that 200,000 services never sit in memory at once. One PRNG drives everything in a
// fixed order, which is what makes the output identical for the same seed and size.
import type { Context, DirectoryRows } from "./context";
import { emptyDirectoryRows } from "./context";
import type { GeneratedLocation } from "./generate-location";
import { generateLocation } from "./generate-location";
import { generateOrganization } from "./generate-organization";
import { generateService } from "./generate-service";
import { planDirectory } from "./plan";

const ORGANIZATIONS_PER_BATCH = 300;

export function* generateDirectory(ctx: Context, services: number): Generator<DirectoryRows> {
  const { random } = ctx;
  const plans = planDirectory(random, services);
  let out = emptyDirectoryRows();
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const org = generateOrganization(ctx, plan.kind, plan.locations[0]!, out);
    const sites = plan.locations.map((town, index) => generateLocation(ctx, org, town, index, out));
    const templates = random.shuffle(plan.kind.services);
    for (let n = 0; n < plan.services; n++) {
      // Round-robin over sites, so that each site of an organization offers something.
      const primary = sites[n % sites.length]!;
      const reused = n >= templates.length;
      let served: GeneratedLocation[] = [primary];
      if (!reused && sites.length > 1 && random.chance(0.3))
        served = [primary, random.pick(sites.filter((site) => site !== primary))];
      // Only when an organization runs more services than its kind has templates: the same
      // service at another site, named after that site.
      const suffix = reused ? ` – ${primary.label}` : "";
      generateService(ctx, org, templates[n % templates.length]!, served, suffix, out);
    }
    if ((i + 1) % ORGANIZATIONS_PER_BATCH === 0) {
      yield out;
      out = emptyDirectoryRows();
    }
  }
  if (out.organization.length > 0) yield out;
}
