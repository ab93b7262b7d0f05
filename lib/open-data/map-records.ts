import type { SearchLocale } from "@/lib/search/types";
import type {
  LocationRow,
  OrganizationFullRow,
  OrganizationListRow,
  ServiceFullRow,
  ServiceListRow,
} from "./hsds-include";
import { compact, pick } from "./hsds-text";
import { hsdsAttribute, hsdsLanguage, hsdsLocation, hsdsPhone, hsdsSchedules } from "./map-parts";

/** Region names by code, for service areas that cover a whole region. */
export type RegionNames = Map<string, { nameFr: string; nameEn: string }>;

/** HSDS spells the status with a space; ours is an identifier. */
const hsdsStatus = (status: string) => status.replace("_", " ");

export function hsdsServiceList(locale: SearchLocale, s: ServiceListRow) {
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: pick(locale, s.nameFr, s.nameEn)!,
    alternate_name: s.alternateName,
    description: pick(locale, s.descriptionFr, s.descriptionEn),
    url: s.url,
    email: s.email,
    status: hsdsStatus(s.status),
    interpretation_services: s.interpretationServices,
    application_process: pick(locale, s.applicationProcessFr, s.applicationProcessEn),
    fees_description: pick(locale, s.feesDescriptionFr, s.feesDescriptionEn),
    eligibility_description: pick(locale, s.eligibilityFr, s.eligibilityEn),
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    alert: pick(locale, s.alertFr, s.alertEn),
    last_modified: s.updatedAt.toISOString(),
  });
}

/** `minimal=true`: what a client needs to know which services changed (HSDS asks for id and date). */
export function hsdsServiceMinimal(locale: SearchLocale, s: ServiceListRow) {
  return {
    id: s.id,
    name: pick(locale, s.nameFr, s.nameEn)!,
    status: hsdsStatus(s.status),
    last_modified: s.updatedAt.toISOString(),
  };
}

export function hsdsOrganizationList(locale: SearchLocale, o: OrganizationListRow) {
  return compact({
    id: o.id,
    name: pick(locale, o.nameFr, o.nameEn)!,
    alternate_name: o.alternateName,
    description: pick(locale, o.descriptionFr, o.descriptionEn)!,
    email: o.email,
    website: o.website,
    legal_status: o.legalStatus,
    year_incorporated: o.yearIncorporated,
  });
}

function serviceAtLocationBase(locale: SearchLocale, sal: ServiceFullRow["serviceAtLocations"][number]) {
  const owner = { service_at_location_id: sal.id };
  return compact({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    description: pick(locale, sal.descriptionFr, sal.descriptionEn),
    contacts: [],
    phones: sal.phones.map((phone) => hsdsPhone(locale, phone, owner)),
    schedules: sal.schedules.flatMap((schedule) => hsdsSchedules(locale, schedule, owner)),
    location: hsdsLocation(locale, sal.location as LocationRow),
  });
}

export function hsdsServiceFull(locale: SearchLocale, s: ServiceFullRow, regions: RegionNames) {
  const owner = { service_id: s.id };
  return {
    ...hsdsServiceList(locale, s),
    organization: hsdsOrganizationList(locale, s.organization),
    phones: s.phones.map((phone) => hsdsPhone(locale, phone, owner)),
    schedules: s.schedules.flatMap((schedule) => hsdsSchedules(locale, schedule, owner)),
    service_areas: s.serviceAreas.map((area) => {
      const region = area.regionCode ? regions.get(area.regionCode) : undefined;
      return compact({
        id: area.id,
        service_id: s.id,
        name: area.municipality?.name ?? (region ? pick(locale, region.nameFr, region.nameEn) : area.regionCode),
        description: pick(locale, area.descriptionFr, area.descriptionEn),
        extent_type: area.municipality ? "municipality" : area.regionCode ? "region" : undefined,
      });
    }),
    service_at_locations: s.serviceAtLocations.map((sal) => serviceAtLocationBase(locale, sal)),
    languages: s.languages.map((language) => hsdsLanguage(locale, s.id, language.code)),
    required_documents: s.requiredDocuments.map((document) =>
      compact({ id: document.id, service_id: s.id, document: pick(locale, document.documentFr, document.documentEn) }),
    ),
    contacts: [],
    attributes: s.taxonomyTerms.map(({ term }) => hsdsAttribute(locale, s.id, term)),
  };
}

export function hsdsOrganizationFull(
  locale: SearchLocale,
  o: OrganizationFullRow,
  services: Record<string, unknown>[],
) {
  const owner = { organization_id: o.id };
  return {
    ...hsdsOrganizationList(locale, o),
    contacts: [],
    phones: o.phones.map((phone) => hsdsPhone(locale, phone, owner)),
    locations: o.locations.map((location) => hsdsLocation(locale, location)),
    services,
  };
}

type SalListRow = ServiceFullRow["serviceAtLocations"][number] & { service: ServiceListRow };

export function hsdsServiceAtLocationList(locale: SearchLocale, sal: SalListRow) {
  return compact({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    description: pick(locale, sal.descriptionFr, sal.descriptionEn),
  });
}

export function hsdsServiceAtLocationFull(locale: SearchLocale, sal: SalListRow) {
  return { ...serviceAtLocationBase(locale, sal), service: hsdsServiceList(locale, sal.service) };
}
