import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { localize, type LocalizedText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { publicWhere } from "./public-record";

const phoneSelect = {
  select: {
    id: true,
    number: true,
    extension: true,
    type: true,
    descriptionFr: true,
    descriptionEn: true,
    position: true,
  },
  orderBy: { position: "asc" },
} satisfies Prisma.Service$phonesArgs;

const scheduleSelect = {
  include: { ranges: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] }, closures: { orderBy: { date: "asc" } } },
  orderBy: { validFrom: { sort: "asc", nulls: "first" } },
} satisfies Prisma.Service$schedulesArgs;

function loadService(slug: string) {
  return db.service.findFirst({
    where: { slug, ...publicWhere, organization: publicWhere },
    include: {
      organization: {
        select: { id: true, slug: true, nameFr: true, nameEn: true, website: true, email: true, phones: phoneSelect },
      },
      phones: phoneSelect,
      schedules: scheduleSelect,
      languages: { orderBy: { code: "asc" } },
      requiredDocuments: { orderBy: { position: "asc" } },
      serviceAreas: { include: { municipality: { select: { name: true } } } },
      taxonomyTerms: { include: { term: true } },
      serviceAtLocations: {
        where: { location: { deletedAt: null } },
        include: {
          phones: phoneSelect,
          schedules: scheduleSelect,
          location: {
            include: {
              addresses: { include: { municipality: { select: { name: true } } } },
              accessibility: true,
              phones: phoneSelect,
              schedules: scheduleSelect,
            },
          },
        },
      },
    },
  });
}

type Row = NonNullable<Awaited<ReturnType<typeof loadService>>>;
export type PhoneRow = Row["phones"][number];
export type ScheduleRow = Row["schedules"][number];

export type PublicPhone = Omit<PhoneRow, "descriptionFr" | "descriptionEn"> & { description: LocalizedText | null };
export type PublicSchedule = Omit<ScheduleRow, "notesFr" | "notesEn" | "closures"> & {
  notes: LocalizedText | null;
  closures: { date: Date; reason: LocalizedText | null }[];
};

export function publicPhones(locale: Locale, phones: PhoneRow[]): PublicPhone[] {
  return phones.map(({ descriptionFr, descriptionEn, ...phone }) => ({
    ...phone,
    description: localize(locale, descriptionFr, descriptionEn),
  }));
}

export function publicSchedules(locale: Locale, schedules: ScheduleRow[]): PublicSchedule[] {
  return schedules.map(({ notesFr, notesEn, closures, ...schedule }) => ({
    ...schedule,
    notes: localize(locale, notesFr, notesEn),
    closures: closures.map((closure) => ({
      date: closure.date,
      reason: localize(locale, closure.reasonFr, closure.reasonEn),
    })),
  }));
}

/**
 * A public service with everything its page shows, in the page's language (French
 * fallback marked). `null` when the slug is unknown, archived, inactive or defunct,
 * or when its organization is not public.
 */
export async function getService(slug: string, locale: Locale) {
  const row = await loadService(slug);
  if (!row) return null;
  const l = (fr: string | null, en: string | null) => localize(locale, fr, en);
  const [regions, otherServices] = await Promise.all([
    db.region.findMany(),
    db.service.findMany({
      where: { organizationId: row.organizationId, id: { not: row.id }, ...publicWhere },
      select: { slug: true, nameFr: true, nameEn: true, status: true },
      orderBy: { nameFr: "asc" },
    }),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    name: localize(locale, row.nameFr, row.nameEn),
    alternateName: row.alternateName,
    description: localize(locale, row.descriptionFr, row.descriptionEn),
    alert: l(row.alertFr, row.alertEn),
    url: row.url,
    email: row.email,
    interpretationServices: row.interpretationServices,
    applicationProcess: l(row.applicationProcessFr, row.applicationProcessEn),
    isFree: row.isFree,
    fees: l(row.feesDescriptionFr, row.feesDescriptionEn),
    eligibility: l(row.eligibilityFr, row.eligibilityEn),
    clientele: l(row.clienteleFr, row.clienteleEn),
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    lastVerifiedAt: row.lastVerifiedAt,
    updatedAt: row.updatedAt,
    organization: {
      slug: row.organization.slug,
      name: localize(locale, row.organization.nameFr, row.organization.nameEn),
      website: row.organization.website,
      email: row.organization.email,
    },
    // A service without its own numbers is reached through its organization's.
    phones: publicPhones(locale, row.phones.length ? row.phones : row.organization.phones),
    schedules: publicSchedules(locale, row.schedules),
    languages: row.languages.map((language) => language.code),
    requiredDocuments: row.requiredDocuments.map((doc) => localize(locale, doc.documentFr, doc.documentEn)),
    serviceAreas: row.serviceAreas.map((area) => ({
      name: area.municipality?.name ?? regionName(regions, area.regionCode, locale),
      description: l(area.descriptionFr, area.descriptionEn),
    })),
    categories: row.taxonomyTerms
      .map(({ term }) => ({ code: term.code, slug: term.slug, name: localize(locale, term.nameFr, term.nameEn) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    locations: row.serviceAtLocations
      .map(({ location, ...at }) => ({
        id: location.id,
        type: location.locationType,
        name: localize(locale, location.nameFr, location.nameEn),
        description: l(at.descriptionFr, at.descriptionEn) ?? l(location.descriptionFr, location.descriptionEn),
        transportation: l(location.transportationFr, location.transportationEn),
        latitude: location.latitude,
        longitude: location.longitude,
        addresses: location.addresses.map((address) => ({
          type: address.addressType,
          attention: address.attention,
          street: [address.address1, address.address2].filter(Boolean).join(", "),
          city: address.municipality?.name ?? address.city,
          province: address.stateProvince,
          postalCode: address.postalCode,
          country: address.country,
        })),
        accessibility: location.accessibility && {
          wheelchair: location.accessibility.wheelchair,
          accessibleWashroom: location.accessibility.accessibleWashroom,
          parking: location.accessibility.parking,
          elevator: location.accessibility.elevator,
          details: l(location.accessibility.detailsFr, location.accessibility.detailsEn),
        },
        // The most specific phones and hours win: service-at-location, then the location's own.
        phones: publicPhones(locale, at.phones.length ? at.phones : location.phones),
        schedules: publicSchedules(locale, at.schedules.length ? at.schedules : location.schedules),
      }))
      .sort((a, b) => a.name.text.localeCompare(b.name.text, locale)),
    otherServices: otherServices.map((service) => ({
      slug: service.slug,
      status: service.status,
      name: localize(locale, service.nameFr, service.nameEn),
    })),
  };
}

export type PublicService = NonNullable<Awaited<ReturnType<typeof getService>>>;
export type PublicLocation = PublicService["locations"][number];

function regionName(regions: { code: string; nameFr: string; nameEn: string }[], code: string | null, locale: Locale) {
  const region = regions.find((r) => r.code === code);
  if (!region) return code ?? "";
  return locale === "en" ? region.nameEn : region.nameFr;
}
