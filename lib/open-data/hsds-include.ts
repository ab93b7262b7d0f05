import type { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";

// What the HSDS answers read, and nothing else: internal notes, staff, audit and call data are
// never selected, so they cannot leak into a response by mistake.
const phones = { orderBy: [{ position: "asc" }, { id: "asc" }] } satisfies Prisma.Service$phonesArgs;
const schedules = {
  include: { ranges: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }, { id: "asc" }] } },
  orderBy: [{ validFrom: { sort: "asc", nulls: "first" } }, { id: "asc" }],
} satisfies Prisma.Service$schedulesArgs;

export const locationInclude = {
  addresses: { orderBy: { id: "asc" } },
  accessibility: true,
  phones,
  schedules,
} satisfies Prisma.LocationInclude;

export const serviceListSelect = {
  id: true,
  organizationId: true,
  nameFr: true,
  nameEn: true,
  alternateName: true,
  descriptionFr: true,
  descriptionEn: true,
  url: true,
  email: true,
  status: true,
  interpretationServices: true,
  applicationProcessFr: true,
  applicationProcessEn: true,
  feesDescriptionFr: true,
  feesDescriptionEn: true,
  eligibilityFr: true,
  eligibilityEn: true,
  minimumAge: true,
  maximumAge: true,
  alertFr: true,
  alertEn: true,
  updatedAt: true,
} satisfies Prisma.ServiceSelect;

export const organizationListSelect = {
  id: true,
  slug: true,
  nameFr: true,
  nameEn: true,
  alternateName: true,
  descriptionFr: true,
  descriptionEn: true,
  email: true,
  website: true,
  legalStatus: true,
  yearIncorporated: true,
} satisfies Prisma.OrganizationSelect;

export const serviceFullInclude = {
  organization: { select: organizationListSelect },
  phones,
  schedules,
  languages: { orderBy: { code: "asc" } },
  requiredDocuments: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  serviceAreas: { include: { municipality: { select: { name: true } } }, orderBy: { id: "asc" } },
  taxonomyTerms: { include: { term: true }, orderBy: { termId: "asc" } },
  serviceAtLocations: {
    where: { location: { deletedAt: null } },
    include: { phones, schedules, location: { include: locationInclude } },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.ServiceInclude;

export const organizationFullInclude = {
  phones,
  locations: { where: { deletedAt: null }, include: locationInclude, orderBy: { id: "asc" } },
  services: { where: publicWhere, select: serviceListSelect, orderBy: [{ nameFr: "asc" }, { id: "asc" }] },
} satisfies Prisma.OrganizationInclude;

export type ServiceListRow = Prisma.ServiceGetPayload<{ select: typeof serviceListSelect }>;
export type OrganizationListRow = Prisma.OrganizationGetPayload<{ select: typeof organizationListSelect }>;
export type ServiceFullRow = Prisma.ServiceGetPayload<{ include: typeof serviceFullInclude }>;
export type OrganizationFullRow = Prisma.OrganizationGetPayload<{ include: typeof organizationFullInclude }>;
export type LocationRow = Prisma.LocationGetPayload<{ include: typeof locationInclude }>;
export type PhoneRow = ServiceFullRow["phones"][number];
export type ScheduleRow = ServiceFullRow["schedules"][number];
export type TermRow = ServiceFullRow["taxonomyTerms"][number]["term"];
