import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { assertRecordId } from "@/lib/record-id";

const who = { select: { name: true, email: true } } as const;
const schedules = {
  include: { ranges: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] }, closures: { orderBy: { date: "asc" } } },
  orderBy: { validFrom: { sort: "asc", nulls: "first" } },
} satisfies Prisma.ScheduleFindManyArgs;
const phones = { orderBy: { position: "asc" } } as const;

/** A service as its edit form needs it (also what the benchmark saves back, bench/lib/service-input.ts). */
export const serviceForEditInclude = {
  phones,
  schedules,
  updatedBy: who,
  languages: true,
  requiredDocuments: { orderBy: { position: "asc" } },
  taxonomyTerms: { select: { termId: true } },
  serviceAtLocations: { select: { locationId: true } },
} satisfies Prisma.ServiceInclude;

/** Everything the organization edit screen shows, archived services and locations included. */
export async function getOrganizationForEdit(actor: Actor | null, id: string) {
  assertCan(actor, "staff:read");
  assertRecordId(id, "organization");
  const organization = await db.organization.findUnique({
    where: { id },
    include: {
      phones,
      updatedBy: who,
      lastVerifiedBy: who,
      services: {
        orderBy: [{ deletedAt: { sort: "asc", nulls: "first" } }, { nameFr: "asc" }],
        include: serviceForEditInclude,
      },
      locations: {
        orderBy: [{ deletedAt: { sort: "asc", nulls: "first" } }, { nameFr: "asc" }],
        include: { addresses: true, accessibility: true, phones, schedules },
      },
    },
  });
  if (!organization) throw new NotFound("organization");
  return organization;
}

export type OrganizationForEdit = Awaited<ReturnType<typeof getOrganizationForEdit>>;
export type ServiceForEdit = OrganizationForEdit["services"][number];
export type LocationForEdit = OrganizationForEdit["locations"][number];

/** Choices offered by the forms: municipalities (addresses) and taxonomy terms. */
export async function getRecordFormOptions() {
  const [municipalities, terms] = await Promise.all([
    db.municipality.findMany({
      select: { id: true, name: true, regionCode: true, mrc: true },
      orderBy: { name: "asc" },
    }),
    db.taxonomyTerm.findMany({
      select: { id: true, code: true, nameFr: true, nameEn: true, parentId: true },
      orderBy: [{ position: "asc" }, { code: "asc" }],
    }),
  ]);
  return { municipalities, terms };
}

export type RecordFormOptions = Awaited<ReturnType<typeof getRecordFormOptions>>;
