import { organizationFields } from "@/lib/directory/schemas/organization";
import { serviceFields } from "@/lib/directory/schemas/service";
import { addIssue, validateLenient, type Issues } from "./issues";
import {
  list,
  phonesOf,
  postalCodeOf,
  schedulesOf,
  str,
  texts,
  uuidOrNull,
  type PhoneValues,
  type ScheduleWithIds,
} from "./hsds-values";
import type { Json } from "./read-hsds-json";

export type Checked<T> = { values: T | null; errors: Issues; warnings: Issues };

export function normalizeOrganization(
  record: Json,
): Checked<Omit<import("zod").output<typeof organizationFields>, "phones"> & { phones: PhoneValues[] }> {
  const name = texts(record, "name");
  const description = texts(record, "description");
  const result = validateLenient(
    organizationFields,
    {
      nameFr: name.fr,
      nameEn: name.en,
      alternateName: str(record.alternate_name),
      descriptionFr: description.fr,
      descriptionEn: description.en,
      email: str(record.email),
      website: str(record.website) ?? str(record.uri),
      legalStatus: str(record.legal_status),
      yearIncorporated: record.year_incorporated ?? null,
      status: "active",
      phones: [],
    },
    ["alternateName", "email", "website", "legalStatus", "yearIncorporated", "nameEn", "descriptionEn"],
    "",
  );
  const phones = phonesOf(record.phones, result.warnings, "phones.");
  return { ...result, values: result.values ? { ...result.values, phones } : null };
}

export type LocationValues = {
  externalId: string | null;
  locationType: string;
  nameFr: string;
  nameEn: string | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  transportationFr: string | null;
  transportationEn: string | null;
  latitude: number | null;
  longitude: number | null;
  addresses: {
    id: string | null;
    addressType: string;
    attention: string | null;
    address1: string;
    address2: string | null;
    city: string;
    stateProvince: string;
    postalCode: string;
    country: string;
  }[];
  accessibility: {
    id: string | null;
    detailsFr: string | null;
    detailsEn: string | null;
    flags: Record<string, boolean>;
  } | null;
  phones: PhoneValues[];
  schedules: ScheduleWithIds[];
};

const ACCESS_FLAGS = {
  wheelchair_access: "wheelchair",
  accessible_washroom: "accessibleWashroom",
  accessible_parking: "parking",
  elevator: "elevator",
} as const;

export function normalizeLocation(
  record: Json,
  fallbackName: string,
  prefix: string,
  warnings: Issues,
): LocationValues {
  const name = texts(record, "name");
  const description = texts(record, "description");
  const transportation = texts(record, "transportation");
  const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);
  const access = list(record.accessibility)[0];
  const flags: Record<string, boolean> = {};
  for (const part of String(access?.details ?? "").split(";")) {
    const [key, value] = part.split("=").map((text) => text.trim());
    if (key in ACCESS_FLAGS && (value === "yes" || value === "no"))
      flags[ACCESS_FLAGS[key as keyof typeof ACCESS_FLAGS]] = value === "yes";
  }
  const accessText = access ? texts(access, "description") : { fr: null, en: null };
  return {
    externalId: str(record.id),
    locationType: ["physical", "postal", "virtual"].includes(String(record.location_type))
      ? String(record.location_type)
      : "physical",
    nameFr:
      name.fr ??
      list(record.addresses)
        .map((a) => str(a.address_1))
        .find(Boolean) ??
      fallbackName,
    nameEn: name.en,
    descriptionFr: description.fr,
    descriptionEn: description.en,
    transportationFr: transportation.fr,
    transportationEn: transportation.en,
    latitude: number(record.latitude),
    longitude: number(record.longitude),
    addresses: list(record.addresses).flatMap((address, index) => {
      const field = `${prefix}addresses.${index}`;
      const address1 = str(address.address_1);
      const city = str(address.city);
      if (!address1 || !city) {
        addIssue(warnings, `${field}.${address1 ? "city" : "address_1"}`, "required");
        return [];
      }
      return [
        {
          id: uuidOrNull(address.id),
          addressType: address.address_type === "postal" ? "postal" : "physical",
          attention: str(address.attention),
          address1,
          address2: str(address.address_2),
          city,
          stateProvince: str(address.state_province) ?? "QC",
          postalCode: postalCodeOf(address.postal_code, warnings, `${field}.postal_code`),
          country: (str(address.country) ?? "CA").slice(0, 2).toUpperCase(),
        },
      ];
    }),
    accessibility: access
      ? { id: uuidOrNull(access.id), detailsFr: accessText.fr, detailsEn: accessText.en, flags }
      : null,
    phones: phonesOf(record.phones, warnings, `${prefix}phones.`),
    schedules: schedulesOf(record.schedules, warnings, `${prefix}schedules.`),
  };
}

const SERVICE_OPTIONAL = [
  "nameEn",
  "alternateName",
  "descriptionEn",
  "url",
  "email",
  "alertFr",
  "alertEn",
  "eligibilityFr",
  "eligibilityEn",
  "minimumAge",
  "maximumAge",
  "feesDescriptionFr",
  "feesDescriptionEn",
  "applicationProcessFr",
  "applicationProcessEn",
  "interpretationServices",
  "requiredDocuments",
  "languages",
] as const;

export function normalizeService(record: Json) {
  const t = (field: string) => texts(record, field);
  const status = String(record.status ?? "active")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "_");
  const result = validateLenient(
    serviceFields,
    {
      nameFr: t("name").fr,
      nameEn: t("name").en,
      alternateName: str(record.alternate_name),
      descriptionFr: t("description").fr,
      descriptionEn: t("description").en,
      url: str(record.url),
      email: str(record.email),
      status,
      alertFr: t("alert").fr,
      alertEn: t("alert").en,
      eligibilityFr: t("eligibility_description").fr,
      eligibilityEn: t("eligibility_description").en,
      minimumAge: typeof record.minimum_age === "number" ? Math.round(record.minimum_age) : null,
      maximumAge: typeof record.maximum_age === "number" ? Math.round(record.maximum_age) : null,
      isFree: false,
      feesDescriptionFr: t("fees_description").fr,
      feesDescriptionEn: t("fees_description").en,
      applicationProcessFr: t("application_process").fr,
      applicationProcessEn: t("application_process").en,
      interpretationServices: str(record.interpretation_services),
      requiredDocuments: list(record.required_documents).map((doc) => ({
        documentFr: texts(doc, "document").fr,
        documentEn: texts(doc, "document").en,
      })),
      languages: list(record.languages)
        .map((language) => str(language.code))
        .filter(Boolean),
      otherLanguages: [],
      taxonomyTermIds: [],
      locationIds: [],
      phones: [],
      schedules: [],
    },
    SERVICE_OPTIONAL,
    "",
  );
  const warnings = result.warnings;
  const phones = phonesOf(record.phones, warnings, "phones.");
  const schedules = schedulesOf(record.schedules, warnings, "schedules.");
  const documentIds = list(record.required_documents).map((doc) => uuidOrNull(doc.id));
  return { ...result, warnings, extra: { phones, schedules, documentIds } };
}
