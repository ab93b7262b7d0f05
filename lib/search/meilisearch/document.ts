// The Meilisearch document of one public service, built by a pure function from the rows
// read at send time (load-rows.ts). One document per service: the relay rebuilds it from
// the database as it is now, so an old outbox row can never resurrect an old state.
import { isOpenAt, schedulesFor } from "@/lib/hours/is-open-at";
import type { OpeningSchedule } from "@/lib/hours/types";
import { summarize } from "../summary";
import { SLOT_MINUTES, SLOTS_PER_HOUR, SLOTS_PER_WEEK, hourOfSlot, localDate } from "./slots";

export type ServiceRow = {
  id: string;
  slug: string;
  nameFr: string;
  nameEn: string | null;
  alternateName: string | null;
  descriptionFr: string;
  descriptionEn: string | null;
  status: "active" | "temporarily_closed";
  alertFr: string | null;
  alertEn: string | null;
  isFree: boolean;
  minimumAge: number | null;
  maximumAge: number | null;
  eligibilityFr: string | null;
  eligibilityEn: string | null;
  clienteleFr: string | null;
  clienteleEn: string | null;
  organization: { id: string; slug: string; nameFr: string; nameEn: string | null; alternateName: string | null };
  terms: { code: string; nameFr: string; nameEn: string | null }[];
  languages: string[];
  phones: { number: string; extension: string | null; type: string }[];
  locations: {
    latitude: number | null;
    longitude: number | null;
    wheelchair: boolean | null;
    addresses: {
      addressType: string;
      address1: string;
      city: string;
      postalCode: string;
      municipality: { slug: string; name: string; regionCode: string } | null;
    }[];
  }[];
  areas: { regionCode: string | null; municipality: { slug: string; name: string; regionCode: string } | null }[];
  /** Already narrowed to the schedules that govern the service (service, else its locations). */
  schedules: OpeningSchedule[];
};

export type MeiliServiceDocument = {
  id: string;
  slug: string;
  // Searchable text (order of importance is in settings.ts).
  name_fr: string;
  name_en: string | null;
  alternate_name: string | null;
  organization_name_fr: string;
  organization_name_en: string | null;
  category_names_fr: string[];
  category_names_en: string[];
  description_fr: string;
  description_en: string | null;
  eligibility_fr: string | null;
  eligibility_en: string | null;
  clientele_fr: string | null;
  clientele_en: string | null;
  municipality_names: string[];
  // Filters and facets.
  category_codes: string[];
  regions: string[];
  municipalities: string[];
  languages: string[];
  accessible: boolean;
  free: boolean;
  min_age: number;
  max_age: number;
  status: "active" | "temporarily_closed";
  has_hours: boolean;
  always_open: boolean;
  /**
   * When the schedules in force when the document was built are open, as the open-now filter
   * can ask it (local time, lib/search/meilisearch/slots.ts): the hours of the week open
   * throughout (0 = Monday 00:00–01:00), and the 5-minute slots of the hours open in part.
   */
  open_hours: number[];
  open_slots: number[];
  /** Local dates ("YYYY-MM-DD") on which every schedule in force is closed. */
  closed_dates: string[];
  /** All schedules (lib/hours shape), for the exact open-now of each hit. */
  hours: OpeningSchedule[] | null;
  name_sort_fr: string;
  name_sort_en: string;
  _geo?: { lat: number; lng: number };
  // Display only (a hit shows the summary, never the whole description: see DISPLAY_ATTRIBUTES).
  summary_fr: string | null;
  summary_en: string | null;
  organization: { id: string; slug: string; name_fr: string; name_en: string | null };
  categories: { code: string; name_fr: string; name_en: string | null }[];
  phones: { number: string; extension: string | null; type: string }[];
  address: { street: string; municipality: string; postal_code: string } | null;
  alert_fr: string | null;
  alert_en: string | null;
};

/** Ages without a bound are stored as these, so that a range filter needs no NULL case. */
export const NO_MIN_AGE = 0;
export const NO_MAX_AGE = 200;

/** "FOOD.BANK.EMERGENCY" → ["FOOD", "FOOD.BANK", "FOOD.BANK.EMERGENCY"]: a code matches its descendants. */
export function codeWithAncestors(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, index) => parts.slice(0, index + 1).join("."));
}

const unique = <T>(values: T[]) => [...new Set(values)];

export function sortKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

type WeeklyRanges = ServiceRow["schedules"][number]["ranges"];

/** The week's slots, 1 where fully covered by a range; a range whose end is not after its start ends the next day. */
function weekSlots(ranges: WeeklyRanges): Uint8Array {
  const open = new Uint8Array(SLOTS_PER_WEEK);
  for (const range of ranges) {
    const start = (range.weekday - 1) * 24 * 60 + range.opensAt;
    const length =
      range.closesAt > range.opensAt ? range.closesAt - range.opensAt : 24 * 60 - range.opensAt + range.closesAt;
    const last = Math.floor((start + length) / SLOT_MINUTES);
    for (let slot = Math.ceil(start / SLOT_MINUTES); slot < last; slot++) open[slot % SLOTS_PER_WEEK] = 1;
  }
  return open;
}

/** Slots fully covered by the weekly ranges, in order. */
export function openSlots(ranges: WeeklyRanges): number[] {
  const open = weekSlots(ranges);
  return [...open.keys()].filter((slot) => open[slot] === 1);
}

/** The same slots, with every hour open throughout written as one number (see open_hours). */
export function openHoursAndSlots(ranges: WeeklyRanges) {
  const open_hours: number[] = [];
  const open_slots: number[] = [];
  if (ranges.length === 0) return { open_hours, open_slots };
  const open = weekSlots(ranges);
  for (let from = 0; from < SLOTS_PER_WEEK; from += SLOTS_PER_HOUR) {
    let count = 0;
    for (let slot = from; slot < from + SLOTS_PER_HOUR; slot++) count += open[slot];
    if (count === SLOTS_PER_HOUR) open_hours.push(hourOfSlot(from));
    else if (count > 0)
      for (let slot = from; slot < from + SLOTS_PER_HOUR; slot++) if (open[slot]) open_slots.push(slot);
  }
  return { open_hours, open_slots };
}

// A reindex builds thousands of documents for one instant: its local date is computed once.
let lastInstant = NaN;
let lastDate = "";
function localDateOf(now: Date) {
  if (now.getTime() !== lastInstant) [lastInstant, lastDate] = [now.getTime(), localDate(now)];
  return lastDate;
}

export function buildServiceDocument(row: ServiceRow, now: Date = new Date()): MeiliServiceDocument {
  const addresses = row.locations.flatMap((location) => location.addresses);
  const municipalities = [
    ...addresses.map((address) => address.municipality),
    ...row.areas.map((area) => area.municipality),
  ].filter((m): m is NonNullable<typeof m> => m !== null);
  const physical =
    row.locations.find((l) => l.addresses.some((a) => a.addressType === "physical")) ?? row.locations[0] ?? null;
  const firstAddress = physical?.addresses.find((a) => a.addressType === "physical") ?? physical?.addresses[0] ?? null;
  const geoLocation = row.locations.find((l) => l.latitude !== null && l.longitude !== null);
  const today = localDateOf(now);
  const inForce = schedulesFor(row.schedules, today);

  return {
    id: row.id,
    slug: row.slug,
    name_fr: row.nameFr,
    name_en: row.nameEn,
    alternate_name: row.alternateName,
    organization_name_fr: row.organization.nameFr,
    organization_name_en: row.organization.nameEn,
    category_names_fr: row.terms.map((t) => t.nameFr),
    category_names_en: row.terms.map((t) => t.nameEn).filter((n): n is string => !!n),
    description_fr: row.descriptionFr,
    description_en: row.descriptionEn,
    eligibility_fr: row.eligibilityFr,
    eligibility_en: row.eligibilityEn,
    clientele_fr: row.clienteleFr,
    clientele_en: row.clienteleEn,
    municipality_names: unique(municipalities.map((m) => m.name)),
    category_codes: unique(row.terms.flatMap((t) => codeWithAncestors(t.code))).sort(),
    regions: unique([
      ...municipalities.map((m) => m.regionCode),
      ...row.areas.map((a) => a.regionCode).filter((r): r is string => !!r),
    ]).sort(),
    municipalities: unique(municipalities.map((m) => m.slug)).sort(),
    languages: unique(row.languages).sort(),
    accessible: row.locations.some((l) => l.wheelchair === true),
    free: row.isFree,
    min_age: row.minimumAge ?? NO_MIN_AGE,
    max_age: row.maximumAge ?? NO_MAX_AGE,
    status: row.status,
    has_hours: row.schedules.length > 0,
    always_open: inForce.some((s) => s.alwaysOpen),
    ...openHoursAndSlots(inForce.filter((s) => !s.alwaysOpen).flatMap((s) => s.ranges)),
    closed_dates: closedOnEveryDay(inForce, today),
    hours: row.schedules.length > 0 ? row.schedules : null,
    name_sort_fr: sortKey(row.nameFr),
    name_sort_en: sortKey(row.nameEn || row.nameFr),
    ...(geoLocation ? { _geo: { lat: geoLocation.latitude!, lng: geoLocation.longitude! } } : {}),
    summary_fr: summarize(row.descriptionFr),
    summary_en: summarize(row.descriptionEn),
    organization: {
      id: row.organization.id,
      slug: row.organization.slug,
      name_fr: row.organization.nameFr,
      name_en: row.organization.nameEn,
    },
    categories: row.terms.map((t) => ({ code: t.code, name_fr: t.nameFr, name_en: t.nameEn })),
    phones: row.phones,
    address: firstAddress
      ? {
          street: firstAddress.address1,
          municipality: firstAddress.municipality?.name ?? firstAddress.city,
          postal_code: firstAddress.postalCode,
        }
      : null,
    alert_fr: row.alertFr,
    alert_en: row.alertEn,
  };
}

function closedOnEveryDay(schedules: OpeningSchedule[], today: string): string[] {
  if (schedules.length === 0) return [];
  const [first, ...others] = schedules;
  return unique(first.closures.filter((d) => d >= today && others.every((s) => s.closures.includes(d)))).sort();
}

/** Exact open-now of a hit (null when the service publishes no hours), as on the service page. */
export function documentOpenAt(doc: Pick<MeiliServiceDocument, "hours">, now: Date): boolean | null {
  return isOpenAt(doc.hours, now);
}
