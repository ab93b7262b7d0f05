import type { SearchLocale } from "@/lib/search/types";
import { derivedId, taxonomyId } from "./derived-id";
import type { LocationRow, PhoneRow, ScheduleRow, TermRow } from "./hsds-include";
import { clock, compact, isoDate, pick } from "./hsds-text";

// HSDS pieces shared by services, organizations and locations. Every function returns plain
// JSON that validates against the HSDS 3.0 schemas (tests/integration/hsds-api.int.test.ts).

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
/** HSDS phone types; ours are richer (toll-free is a voice line, TTY a textphone). */
const PHONE_TYPES = { voice: "voice", toll_free: "voice", fax: "fax", text: "text", tty: "textphone" } as const;

type Owner = { service_id?: string; location_id?: string; organization_id?: string; service_at_location_id?: string };

export function hsdsPhone(locale: SearchLocale, phone: PhoneRow, owner: Owner) {
  return compact({
    id: phone.id,
    ...owner,
    number: phone.number,
    // HSDS extensions are numbers; a non-numeric one ("poste 12#") is kept in the description.
    extension: phone.extension && /^\d{1,9}$/.test(phone.extension) ? Number(phone.extension) : undefined,
    type: PHONE_TYPES[phone.type],
    description: pick(locale, phone.descriptionFr, phone.descriptionEn),
    languages: [],
  });
}

/** One HSDS schedule (RRULE-like, freq WEEKLY) per weekly range; "always open" is every day 00:00–24:00. */
export function hsdsSchedules(locale: SearchLocale, schedule: ScheduleRow, owner: Owner) {
  const shared = compact({
    ...owner,
    valid_from: isoDate(schedule.validFrom),
    valid_to: isoDate(schedule.validTo),
    description: pick(locale, schedule.notesFr, schedule.notesEn),
  });
  if (schedule.alwaysOpen)
    return [
      {
        id: schedule.id,
        ...shared,
        freq: "WEEKLY",
        wkst: "MO",
        byday: WEEKDAYS.join(","),
        opens_at: "00:00",
        closes_at: "24:00",
      },
    ];
  if (schedule.ranges.length === 0) return [{ id: schedule.id, ...shared }];
  return schedule.ranges.map((range) => ({
    id: range.id,
    ...shared,
    freq: "WEEKLY",
    wkst: "MO",
    byday: WEEKDAYS[range.weekday - 1],
    opens_at: clock(range.opensAt),
    closes_at: clock(range.closesAt),
  }));
}

export function hsdsLocation(locale: SearchLocale, location: LocationRow) {
  const owner = { location_id: location.id };
  const access = location.accessibility;
  return compact({
    id: location.id,
    location_type: location.locationType,
    organization_id: location.organizationId,
    name: pick(locale, location.nameFr, location.nameEn),
    description: pick(locale, location.descriptionFr, location.descriptionEn),
    transportation: pick(locale, location.transportationFr, location.transportationEn),
    latitude: location.latitude,
    longitude: location.longitude,
    languages: [],
    addresses: location.addresses.map((address) =>
      compact({
        id: address.id,
        location_id: location.id,
        attention: address.attention,
        address_1: address.address1,
        address_2: address.address2,
        city: address.city,
        state_province: address.stateProvince,
        postal_code: address.postalCode,
        country: address.country,
        address_type: address.addressType,
      }),
    ),
    accessibility: access
      ? [
          compact({
            id: access.id,
            location_id: location.id,
            description: pick(locale, access.detailsFr, access.detailsEn),
            details: accessibilityDetails(access),
          }),
        ]
      : [],
    phones: location.phones.map((phone) => hsdsPhone(locale, phone, owner)),
    schedules: location.schedules.flatMap((schedule) => hsdsSchedules(locale, schedule, owner)),
  });
}

/** The structured accessibility flags, machine-readable ("wheelchair_access=yes; elevator=no"). */
function accessibilityDetails(access: NonNullable<LocationRow["accessibility"]>) {
  const flags = {
    wheelchair_access: access.wheelchair,
    accessible_washroom: access.accessibleWashroom,
    accessible_parking: access.parking,
    elevator: access.elevator,
  };
  const known = Object.entries(flags).filter(([, value]) => value !== null);
  return known.length ? known.map(([key, value]) => `${key}=${value ? "yes" : "no"}`).join("; ") : undefined;
}

export function hsdsTaxonomyTerm(locale: SearchLocale, term: TermRow) {
  const name = pick(locale, term.nameFr, term.nameEn)!;
  return compact({
    id: term.id,
    code: term.code,
    name,
    // HSDS requires a description; a term without one is described by its name.
    description: pick(locale, term.descriptionFr, term.descriptionEn) ?? name,
    parent_id: term.parentId,
    taxonomy: term.taxonomy,
    taxonomy_id: taxonomyId(term.taxonomy),
    language: locale,
  });
}

/** A service's category, as HSDS 3.0 expresses it: an attribute linking the service to a term. */
export function hsdsAttribute(locale: SearchLocale, serviceId: string, term: TermRow) {
  return {
    id: derivedId("attribute", serviceId, term.id),
    link_id: serviceId,
    link_type: "taxonomy",
    link_entity: "service",
    taxonomy_term_id: term.id,
    taxonomy_term: hsdsTaxonomyTerm(locale, term),
  };
}

const languageNames = {
  fr: new Intl.DisplayNames(["fr"], { type: "language" }),
  en: new Intl.DisplayNames(["en"], { type: "language" }),
};

export function hsdsLanguage(locale: SearchLocale, serviceId: string, code: string) {
  let name: string | undefined;
  try {
    name = languageNames[locale].of(code);
  } catch {
    name = undefined;
  }
  return compact({ id: derivedId("language", serviceId, code), service_id: serviceId, name, code });
}
