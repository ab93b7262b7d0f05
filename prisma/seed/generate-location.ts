// One site of an organization: address, coordinates, accessibility, sometimes its own
// phone line and opening hours, and how to get there.
import type { MunicipalitySeed } from "./data/municipalities";
import type { Context, DirectoryRows } from "./context";
import type { GeneratedOrg } from "./generate-organization";
import { generatePhones } from "./generate-phones";
import { generateSchedules } from "./generate-schedules";
import { neighbourhoodOrTown, streetAddress } from "./places";
import { timestamp } from "./time";

export type GeneratedLocation = { id: string; town: MunicipalitySeed; label: string };

const SUITES = ["bureau 200", "local 104", "2e étage", "bureau 1.10", "porte C", "local 3", "bureau 305"];

const ACCESS_DETAILS: [string, string][] = [
  ["Rampe d'accès à l'entrée principale.", "Ramp at the main entrance."],
  [
    "Entrée accessible par la porte arrière; sonnez à l'interphone.",
    "Accessible entrance at the back door; ring the intercom.",
  ],
  ["Porte à ouverture automatique et ascenseur.", "Automatic door and elevator."],
  [
    "Quelques marches à l'entrée; un intervenant peut vous rencontrer à l'extérieur.",
    "A few steps at the entrance; a worker can meet you outside.",
  ],
];

const TRANSIT: Record<string, [string, string]> = {
  Québec: ["Parcours 800, 801 et 7 du RTC, arrêt à proximité.", "RTC routes 800, 801 and 7, stop nearby."],
  Lévis: ["Parcours 11 et 13 de la STLévis.", "STLévis routes 11 and 13."],
};
const PARKING: [string, string] = ["Stationnement gratuit sur place.", "Free parking on site."];

export function generateLocation(
  ctx: Context,
  org: GeneratedOrg,
  town: MunicipalitySeed,
  index: number,
  out: DirectoryRows,
): GeneratedLocation {
  const { random } = ctx;
  const id = random.uuid();
  const label = neighbourhoodOrTown(ctx, town);
  const place = streetAddress(ctx, town);
  const transit = TRANSIT[town.name] ?? (random.chance(0.3) ? PARKING : null);
  out.location.push({
    id,
    organization_id: org.id,
    location_type: "physical",
    // The first site is the head office; the others are named after their neighbourhood or town.
    name_fr: index === 0 ? org.nameFr : `${org.nameFr} – point de service ${label}`,
    name_en: org.nameEn === null ? null : index === 0 ? org.nameEn : `${org.nameEn} – ${label} service point`,
    description_fr: null,
    description_en: null,
    transportation_fr: transit?.[0] ?? null,
    transportation_en: transit?.[1] ?? null,
    latitude: place.latitude,
    longitude: place.longitude,
    created_at: timestamp(-random.int(300, 2_000)),
    updated_at: timestamp(-random.int(0, 299)),
  });
  out.address.push({
    id: random.uuid(),
    location_id: id,
    address_type: "physical",
    address_1: place.address1,
    address_2: random.chance(0.2) ? random.pick(SUITES) : null,
    city: town.name,
    municipality_id: ctx.ref.municipalityIds.get(town.name) ?? null,
    postal_code: place.postalCode,
  });
  // Unknown accessibility is common in real directories: no row at all for some sites.
  if (random.chance(0.85)) {
    const wheelchair = random.chance(0.47);
    const details = random.chance(0.3) ? random.pick(ACCESS_DETAILS) : null;
    out.accessibility.push({
      id: random.uuid(),
      location_id: id,
      wheelchair_access: wheelchair,
      accessible_washroom: wheelchair ? random.chance(0.7) : random.chance(0.1),
      accessible_parking: random.chance(0.5),
      elevator: random.chance(0.3) ? true : random.chance(0.5) ? false : null,
      details_fr: details?.[0] ?? null,
      details_en: details?.[1] ?? null,
    });
  }
  if (index > 0 && random.chance(0.4)) out.phone.push(...generatePhones(random, { location_id: id }).slice(0, 1));
  if (random.chance(0.25)) generateSchedules(random, { location_id: id }, random.pick(["office", "daytime"]), out);
  return { id, town, label };
}
