// Test data built by the tests themselves (never the demo seed's exact contents).
// Each factory takes overrides and fills the rest with unique, valid values.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PhoneType, RecordStatus } from "@/lib/db/generated/enums";

const unique = () => randomUUID().slice(0, 8);

export async function createRegion(code: "03" | "12" = "03") {
  return db.region.upsert({
    where: { code },
    update: {},
    create: {
      code,
      nameFr: code === "03" ? "Capitale-Nationale" : "Chaudière-Appalaches",
      nameEn: code === "03" ? "Capitale-Nationale" : "Chaudière-Appalaches",
    },
  });
}

export async function createMunicipality(
  overrides: { name?: string; regionCode?: "03" | "12"; latitude?: number; longitude?: number; mrc?: string } = {},
) {
  const regionCode = overrides.regionCode ?? "03";
  await createRegion(regionCode);
  const name = overrides.name ?? `Ville ${unique()}`;
  return db.municipality.create({
    data: {
      code: `test-${unique()}`,
      name,
      slug: `${name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z0-9]+/g, "-")}-${unique()}`,
      mrc: overrides.mrc ?? "Test",
      regionCode,
      latitude: overrides.latitude ?? 46.81,
      longitude: overrides.longitude ?? -71.21,
    },
  });
}

export async function createTaxonomyTerm(
  overrides: { code?: string; nameFr?: string; nameEn?: string | null; parentId?: string } = {},
) {
  const code = overrides.code ?? `TEST${unique().toUpperCase()}`;
  return db.taxonomyTerm.create({
    data: {
      code,
      slug: code.toLowerCase().replaceAll(".", "-"),
      nameFr: overrides.nameFr ?? `Catégorie ${code}`,
      nameEn: overrides.nameEn === undefined ? `Category ${code}` : overrides.nameEn,
      parentId: overrides.parentId,
    },
  });
}

export async function createOrganization(
  overrides: { nameFr?: string; nameEn?: string | null; descriptionFr?: string; status?: RecordStatus } = {},
) {
  const nameFr = overrides.nameFr ?? `Organisme ${unique()}`;
  return db.organization.create({
    data: {
      slug: `org-${unique()}`,
      nameFr,
      nameEn: overrides.nameEn === undefined ? `Organization ${nameFr}` : overrides.nameEn,
      descriptionFr: overrides.descriptionFr ?? "Organisme communautaire de test.",
      descriptionEn: "Test community organization.",
      status: overrides.status ?? "active",
    },
  });
}

export type ServiceFactoryOptions = {
  organizationId?: string;
  nameFr?: string;
  nameEn?: string | null;
  descriptionFr?: string;
  descriptionEn?: string | null;
  status?: RecordStatus;
  isFree?: boolean;
  minimumAge?: number | null;
  maximumAge?: number | null;
  languages?: string[];
  taxonomyTermIds?: string[];
  phones?: { number: string; extension?: string; type?: PhoneType }[];
  /** A physical location with an address in this municipality. */
  location?: {
    municipalityId: string;
    latitude?: number;
    longitude?: number;
    postalCode?: string;
    wheelchair?: boolean;
    address1?: string;
  };
  /** Weekly ranges: [isoWeekday, "HH:MM", "HH:MM"]. */
  hours?: [number, string, string][];
  alwaysOpen?: boolean;
};

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export async function createService(options: ServiceFactoryOptions = {}) {
  const organizationId = options.organizationId ?? (await createOrganization()).id;
  const nameFr = options.nameFr ?? `Service ${unique()}`;
  const service = await db.service.create({
    data: {
      organizationId,
      slug: `service-${unique()}`,
      nameFr,
      nameEn: options.nameEn === undefined ? `Service ${nameFr}` : options.nameEn,
      descriptionFr: options.descriptionFr ?? "Service de test.",
      descriptionEn: options.descriptionEn === undefined ? "Test service." : options.descriptionEn,
      status: options.status ?? "active",
      isFree: options.isFree ?? true,
      minimumAge: options.minimumAge ?? null,
      maximumAge: options.maximumAge ?? null,
      languages: { create: (options.languages ?? ["fr"]).map((code) => ({ code })) },
      taxonomyTerms: { create: (options.taxonomyTermIds ?? []).map((termId) => ({ termId })) },
      phones: {
        create: (options.phones ?? [{ number: "418 555-0100" }]).map((phone, position) => ({
          number: phone.number,
          extension: phone.extension,
          type: phone.type ?? "voice",
          position,
        })),
      },
    },
  });
  if (options.location) {
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: options.location.municipalityId } });
    await db.location.create({
      data: {
        organizationId,
        nameFr: `Point de service ${unique()}`,
        latitude: options.location.latitude ?? municipality.latitude,
        longitude: options.location.longitude ?? municipality.longitude,
        addresses: {
          create: {
            address1: options.location.address1 ?? "100, rue Principale",
            city: municipality.name,
            municipalityId: municipality.id,
            postalCode: options.location.postalCode ?? "G1K 1A1",
          },
        },
        accessibility:
          options.location.wheelchair === undefined
            ? undefined
            : { create: { wheelchair: options.location.wheelchair } },
        serviceAtLocations: { create: { serviceId: service.id } },
      },
    });
  }
  if (options.hours || options.alwaysOpen) {
    await db.schedule.create({
      data: {
        serviceId: service.id,
        alwaysOpen: options.alwaysOpen ?? false,
        ranges: {
          create: (options.hours ?? []).map(([weekday, opens, closes]) => ({
            weekday,
            opensAt: minutes(opens),
            closesAt: minutes(closes),
          })),
        },
      },
    });
  }
  return service;
}
