// Records as the edit forms start from them (times as "HH:MM", dates as "YYYY-MM-DD").
import type { OrganizationForEdit, ServiceForEdit, LocationForEdit } from "./get-organization-for-edit";
import { DAY_KEYS, formatTime } from "./schemas/hours";
import { serviceScalarFields } from "./service-fields";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type ScheduleRow = ServiceForEdit["schedules"][number];

export const scheduleDefaults = (s: ScheduleRow) => ({
  validFrom: day(s.validFrom),
  validTo: day(s.validTo),
  alwaysOpen: s.alwaysOpen,
  notesFr: s.notesFr,
  notesEn: s.notesEn,
  ranges: s.ranges.map((r) => ({ weekday: r.weekday, opens: formatTime(r.opensAt), closes: formatTime(r.closesAt) })),
  closures: s.closures.map((c) => ({ date: day(c.date)!, reasonFr: c.reasonFr, reasonEn: c.reasonEn })),
});

const phoneDefaults = (p: OrganizationForEdit["phones"][number]) => ({
  number: p.number,
  extension: p.extension,
  type: p.type,
  descriptionFr: p.descriptionFr,
  descriptionEn: p.descriptionEn,
});

export function organizationDefaults(org: OrganizationForEdit) {
  return {
    id: org.id,
    version: org.version,
    nameFr: org.nameFr,
    nameEn: org.nameEn,
    alternateName: org.alternateName,
    descriptionFr: org.descriptionFr,
    descriptionEn: org.descriptionEn,
    email: org.email,
    website: org.website,
    legalStatus: org.legalStatus,
    yearIncorporated: org.yearIncorporated,
    status: org.status,
    phones: org.phones.map(phoneDefaults),
  };
}

export function serviceDefaults(s: ServiceForEdit) {
  return {
    id: s.id,
    version: s.version,
    ...serviceScalarFields(s),
    requiredDocuments: s.requiredDocuments.map((d) => ({ documentFr: d.documentFr, documentEn: d.documentEn })),
    languages: s.languages.map((l) => l.code),
    taxonomyTermIds: s.taxonomyTerms.map((t) => t.termId),
    locationIds: s.serviceAtLocations.map((l) => l.locationId),
    phones: s.phones.map(phoneDefaults),
    schedules: s.schedules.map(scheduleDefaults),
  };
}

export type ScheduleDefaults = ReturnType<typeof scheduleDefaults>;

/** A schedule as the hours editor posts it: its ranges under the weekday they belong to (d1 … d7). */
export const schedulePosted = ({ ranges, ...schedule }: ScheduleDefaults) => ({
  ...schedule,
  ...Object.fromEntries(
    DAY_KEYS.map((key, index) => [
      key,
      ranges.filter((r) => r.weekday === index + 1).map(({ opens, closes }) => ({ opens, closes })),
    ]),
  ),
});

/**
 * A service exactly as its edit form posts it back when nothing is changed: hours per weekday
 * (d1 … d7), ages as text. What a scripted save (the benchmark's edits, an organization's
 * accepted changes) sends to updateService.
 */
export function serviceSubmission(s: ServiceForEdit) {
  const { schedules, ...fields } = serviceDefaults(s);
  const asText = (age: number | null) => (age === null ? "" : String(age));
  return {
    ...fields,
    minimumAge: asText(s.minimumAge),
    maximumAge: asText(s.maximumAge),
    schedules: schedules.map(schedulePosted),
  };
}

export const EMPTY_SERVICE = {
  nameFr: "",
  nameEn: null,
  alternateName: null,
  descriptionFr: "",
  descriptionEn: null,
  url: null,
  email: null,
  status: "active",
  alertFr: null,
  alertEn: null,
  eligibilityFr: null,
  eligibilityEn: null,
  clienteleFr: null,
  clienteleEn: null,
  minimumAge: null,
  maximumAge: null,
  isFree: false,
  feesDescriptionFr: null,
  feesDescriptionEn: null,
  applicationProcessFr: null,
  applicationProcessEn: null,
  interpretationServices: null,
  requiredDocuments: [],
  languages: ["fr"],
  taxonomyTermIds: [],
  locationIds: [],
  phones: [],
  schedules: [],
};

export function locationDefaults(l: LocationForEdit) {
  const address = l.addresses.find((a) => a.addressType === "physical") ?? l.addresses[0];
  return {
    id: l.id,
    version: l.version,
    nameFr: l.nameFr,
    nameEn: l.nameEn,
    descriptionFr: l.descriptionFr,
    descriptionEn: l.descriptionEn,
    transportationFr: l.transportationFr,
    transportationEn: l.transportationEn,
    address1: address?.address1 ?? "",
    address2: address?.address2 ?? null,
    municipalityId: address?.municipalityId ?? null,
    postalCode: address?.postalCode ?? "",
    latitude: l.latitude,
    longitude: l.longitude,
    wheelchair: l.accessibility?.wheelchair ?? null,
    accessibleWashroom: l.accessibility?.accessibleWashroom ?? null,
    parking: l.accessibility?.parking ?? null,
    elevator: l.accessibility?.elevator ?? null,
    accessibilityFr: l.accessibility?.detailsFr ?? null,
    accessibilityEn: l.accessibility?.detailsEn ?? null,
    phones: l.phones.map(phoneDefaults),
    schedules: l.schedules.map(scheduleDefaults),
  };
}

/** A location as its edit form posts it back when nothing is changed (hours per weekday). */
export function locationSubmission(l: LocationForEdit) {
  const { schedules, ...fields } = locationDefaults(l);
  return { ...fields, schedules: schedules.map(schedulePosted) };
}

export const EMPTY_LOCATION = {
  nameFr: "",
  nameEn: null,
  descriptionFr: null,
  descriptionEn: null,
  transportationFr: null,
  transportationEn: null,
  address1: "",
  address2: null,
  municipalityId: null,
  postalCode: "",
  latitude: null,
  longitude: null,
  wheelchair: null,
  accessibleWashroom: null,
  parking: null,
  elevator: null,
  accessibilityFr: null,
  accessibilityEn: null,
  phones: [],
  schedules: [],
};
