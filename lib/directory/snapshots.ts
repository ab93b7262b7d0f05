import "server-only";
import type { Tx } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { formatTime } from "./schemas/hours";
import { serviceScalarFields } from "./service-fields";

// Readable, language-neutral pictures of a record for the audit trail: one key per field
// the edit screen shows, so that the history page can render "field: old → new".

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type PhoneRow = { number: string; extension: string | null; type: string; descriptionFr: string | null };
const phoneText = (p: PhoneRow) =>
  `${p.number}${p.extension ? ` x${p.extension}` : ""} (${p.type})${p.descriptionFr ? ` ${p.descriptionFr}` : ""}`;

type ScheduleRow = {
  validFrom: Date | null;
  validTo: Date | null;
  alwaysOpen: boolean;
  notesFr: string | null;
  notesEn: string | null;
  ranges: { weekday: number; opensAt: number; closesAt: number }[];
  closures: { date: Date; reasonFr: string | null }[];
};

export type ScheduleSnapshot = {
  validFrom: string | null;
  validTo: string | null;
  alwaysOpen: boolean;
  ranges: { weekday: number; opens: string; closes: string }[];
  closures: string[];
  notesFr: string | null;
  notesEn: string | null;
};

const scheduleSnapshot = (s: ScheduleRow): ScheduleSnapshot => ({
  validFrom: day(s.validFrom),
  validTo: day(s.validTo),
  alwaysOpen: s.alwaysOpen,
  ranges: [...s.ranges]
    .sort((a, b) => a.weekday - b.weekday || a.opensAt - b.opensAt)
    .map((r) => ({ weekday: r.weekday, opens: formatTime(r.opensAt), closes: formatTime(r.closesAt) })),
  closures: s.closures.map((c) => `${day(c.date)}${c.reasonFr ? ` ${c.reasonFr}` : ""}`).sort(),
  notesFr: s.notesFr,
  notesEn: s.notesEn,
});

const scheduleInclude = {
  include: { ranges: true, closures: { orderBy: { date: "asc" } } },
  orderBy: { validFrom: { sort: "asc", nulls: "first" } },
} as const;

export async function organizationSnapshot(tx: Tx, id: string) {
  const org = await tx.organization.findUnique({
    where: { id },
    include: { phones: { orderBy: { position: "asc" } } },
  });
  if (!org) throw new NotFound("organization");
  return {
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
    phones: org.phones.map(phoneText),
    lastVerifiedAt: org.lastVerifiedAt?.toISOString() ?? null,
    nextReviewAt: day(org.nextReviewAt),
    deletedAt: org.deletedAt?.toISOString() ?? null,
  };
}

export async function serviceSnapshot(tx: Tx, id: string) {
  const s = await tx.service.findUnique({
    where: { id },
    include: {
      phones: { orderBy: { position: "asc" } },
      languages: true,
      requiredDocuments: { orderBy: { position: "asc" } },
      taxonomyTerms: { include: { term: { select: { code: true } } } },
      serviceAtLocations: { include: { location: { select: { nameFr: true } } } },
      schedules: scheduleInclude,
    },
  });
  if (!s) throw new NotFound("service");
  return {
    ...serviceScalarFields(s),
    requiredDocuments: s.requiredDocuments.map((d) => d.documentFr + (d.documentEn ? ` / ${d.documentEn}` : "")),
    languages: s.languages.map((l) => l.code).sort(),
    taxonomy: s.taxonomyTerms.map((t) => t.term.code).sort(),
    locations: s.serviceAtLocations.map((sal) => sal.location.nameFr).sort(),
    phones: s.phones.map(phoneText),
    schedules: s.schedules.map(scheduleSnapshot),
    lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null,
    nextReviewAt: day(s.nextReviewAt),
    deletedAt: s.deletedAt?.toISOString() ?? null,
  };
}

export async function locationSnapshot(tx: Tx, id: string) {
  const l = await tx.location.findUnique({
    where: { id },
    include: {
      addresses: { include: { municipality: { select: { name: true } } } },
      accessibility: true,
      phones: { orderBy: { position: "asc" } },
      schedules: scheduleInclude,
    },
  });
  if (!l) throw new NotFound("location");
  const address = l.addresses[0];
  return {
    nameFr: l.nameFr,
    nameEn: l.nameEn,
    descriptionFr: l.descriptionFr,
    descriptionEn: l.descriptionEn,
    transportationFr: l.transportationFr,
    transportationEn: l.transportationEn,
    address1: address?.address1 ?? null,
    address2: address?.address2 ?? null,
    municipality: address?.municipality?.name ?? address?.city ?? null,
    postalCode: address?.postalCode ?? null,
    latitude: l.latitude,
    longitude: l.longitude,
    wheelchair: l.accessibility?.wheelchair ?? null,
    accessibleWashroom: l.accessibility?.accessibleWashroom ?? null,
    parking: l.accessibility?.parking ?? null,
    elevator: l.accessibility?.elevator ?? null,
    accessibilityFr: l.accessibility?.detailsFr ?? null,
    accessibilityEn: l.accessibility?.detailsEn ?? null,
    phones: l.phones.map(phoneText),
    schedules: l.schedules.map(scheduleSnapshot),
    deletedAt: l.deletedAt?.toISOString() ?? null,
  };
}

/** Only the fields that changed, so each audit row reads as one edit. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
