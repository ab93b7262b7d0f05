import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { publicWhere } from "@/lib/directory/public-record";
import type { ServiceRow } from "./document";

const scheduleSelect = {
  select: {
    alwaysOpen: true,
    validFrom: true,
    validTo: true,
    ranges: { select: { weekday: true, opensAt: true, closesAt: true } },
    closures: { select: { date: true } },
  },
} satisfies Prisma.Service$schedulesArgs;

const municipalitySelect = { select: { slug: true, name: true, regionCode: true } } as const;

const include = {
  organization: { select: { id: true, slug: true, nameFr: true, nameEn: true, alternateName: true } },
  taxonomyTerms: { select: { term: { select: { code: true, nameFr: true, nameEn: true } } } },
  languages: { select: { code: true } },
  phones: { select: { number: true, extension: true, type: true }, orderBy: { position: "asc" } },
  serviceAreas: { select: { regionCode: true, municipality: municipalitySelect } },
  schedules: scheduleSelect,
  serviceAtLocations: {
    where: { location: { deletedAt: null } },
    // The first location is the one whose point and address represent the service.
    orderBy: [{ location: { createdAt: "asc" } }, { locationId: "asc" }],
    select: {
      schedules: scheduleSelect,
      location: {
        select: {
          latitude: true,
          longitude: true,
          accessibility: { select: { wheelchair: true } },
          schedules: scheduleSelect,
          addresses: {
            select: {
              addressType: true,
              address1: true,
              city: true,
              postalCode: true,
              municipality: municipalitySelect,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.ServiceInclude;

type Loaded = Prisma.ServiceGetPayload<{ include: typeof include }>;
type LoadedSchedule = Loaded["schedules"][number];

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function schedule(s: LoadedSchedule): ServiceRow["schedules"][number] {
  return {
    alwaysOpen: s.alwaysOpen,
    validFrom: day(s.validFrom),
    validTo: day(s.validTo),
    ranges: s.ranges,
    closures: s.closures.map((c) => day(c.date)!),
  };
}

/** The service's own hours win; else those of its service-at-locations; else of its locations. */
function governingSchedules(service: Loaded): LoadedSchedule[] {
  if (service.schedules.length > 0) return service.schedules;
  const atLocation = service.serviceAtLocations.flatMap((sal) => sal.schedules);
  if (atLocation.length > 0) return atLocation;
  return service.serviceAtLocations.flatMap((sal) => sal.location.schedules);
}

function toRow(service: Loaded): ServiceRow {
  return {
    ...service,
    status: service.status as ServiceRow["status"],
    terms: service.taxonomyTerms.map((t) => t.term),
    languages: service.languages.map((l) => l.code),
    locations: service.serviceAtLocations.map(({ location }) => ({
      latitude: location.latitude,
      longitude: location.longitude,
      wheelchair: location.accessibility?.wheelchair ?? null,
      addresses: location.addresses,
    })),
    areas: service.serviceAreas,
    schedules: governingSchedules(service).map(schedule),
  };
}

/**
 * The rows of those services that the public may see, as they are now. A requested id
 * missing from the answer is deleted, archived or inactive (or its organization is) and
 * must be removed from the index.
 */
export async function loadPublicServiceRows(serviceIds: string[]): Promise<ServiceRow[]> {
  if (serviceIds.length === 0) return [];
  const services = await db.service.findMany({
    where: { id: { in: serviceIds }, ...publicWhere, organization: publicWhere },
    include,
  });
  return services.map(toRow);
}

/** How many services the public may see: what a complete index holds. */
export async function countPublicServices(): Promise<number> {
  return db.service.count({ where: { ...publicWhere, organization: publicWhere } });
}

/** Ids of all public services in pages (for a full reindex), in id order. */
export async function* publicServiceIdPages(pageSize: number): AsyncGenerator<string[]> {
  let after: string | undefined;
  for (;;) {
    const page = await db.service.findMany({
      where: { ...publicWhere, organization: publicWhere, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (page.length === 0) return;
    yield page.map((s) => s.id);
    after = page[page.length - 1].id;
  }
}

export async function loadSynonymGroups(): Promise<string[][]> {
  const groups = await db.searchSynonymGroup.findMany({ select: { terms: true } });
  return groups.map((g) => g.terms);
}
