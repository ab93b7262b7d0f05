// The shape of the directory before any row exists: how many organizations, which kind each
// one is, where each location is and how many services each organization runs. Planning
// first lets every municipality get a location and keeps the counts exact for any size.
import { ORG_KINDS, type OrgKindSeed } from "./data/content";
import { MUNICIPALITIES, type MunicipalitySeed } from "./data/municipalities";
import type { Random } from "./random";

export type OrgPlan = {
  kind: OrgKindSeed;
  /** Municipality of each location; the first one is the organization's home. */
  locations: MunicipalitySeed[];
  services: number;
};

export const DEFAULT_SERVICES = 5_200;
// Ratios of a real 211 directory: about 2.5 services per organization, 1.25 sites.
const ORGS_PER_SERVICE = 0.4;
const LOCATIONS_PER_SERVICE = 0.5;
/** Share of an organization's extra sites in its home town (the rest: elsewhere in the region). */
const SAME_TOWN = 0.6;

export function sizesFor(services: number) {
  const organizations = Math.max(1, Math.round(services * ORGS_PER_SERVICE));
  const locations = Math.max(organizations, Math.round(services * LOCATIONS_PER_SERVICE));
  return { services, organizations, locations };
}

export function planDirectory(random: Random, totalServices: number): OrgPlan[] {
  if (!Number.isInteger(totalServices) || totalServices < 1) throw new Error("services must be a positive integer");
  const sizes = sizesFor(totalServices);
  const weights = MUNICIPALITIES.map((m) => m.population);
  const weightedTown = () => random.weighted(MUNICIPALITIES, weights);
  // Every municipality first (in random order), then by population: Québec and Lévis get most.
  const uncovered = random.shuffle(MUNICIPALITIES);
  const nextTown = () => uncovered.pop() ?? weightedTown();

  const kindWeights = ORG_KINDS.map((k) => k.weight ?? 1);
  const plans: OrgPlan[] = [];
  for (let i = 0; i < sizes.organizations; i++)
    plans.push({ kind: random.weighted(ORG_KINDS, kindWeights), locations: [nextTown()], services: 1 });

  // Extra services go to organizations whose kind has templates left, so that names rarely repeat.
  const slots = plans.flatMap((plan, index) => Array<number>(Math.max(0, plan.kind.services.length - 1)).fill(index));
  const shuffled = random.shuffle(slots);
  for (let extra = 0; extra < sizes.services - sizes.organizations; extra++) {
    const index = shuffled[extra] ?? random.int(0, plans.length - 1);
    (plans[index] as OrgPlan).services++;
  }

  // Extra sites belong to organizations with many services (a service-weighted draw).
  const serviceOwner = plans.flatMap((plan, index) => Array<number>(plan.services).fill(index));
  for (let extra = 0; extra < sizes.locations - sizes.organizations; extra++) {
    const plan = plans[random.pick(serviceOwner)] as OrgPlan;
    const home = plan.locations[0] as MunicipalitySeed;
    let town = uncovered.pop() ?? home;
    if (town === home && !random.chance(SAME_TOWN))
      do town = weightedTown();
      while (town.regionCode !== home.regionCode);
    plan.locations.push(town);
  }
  return plans;
}
