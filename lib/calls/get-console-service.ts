import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getService, type PublicSchedule } from "@/lib/directory/get-service";
import { isCurrentOrFuture, weekdayName, weeklyRows } from "@/lib/directory/format-hours";
import { localTime } from "@/lib/hours/local-time";
import type { Locale } from "@/lib/i18n/routing";
import { assertCanCalls } from "./permissions";

export type ConsoleDetail = NonNullable<Awaited<ReturnType<typeof getConsoleService>>>;

function scheduleLines(schedules: PublicSchedule[], locale: Locale) {
  const today = localTime(new Date()).date;
  return schedules
    .filter((schedule) => isCurrentOrFuture(schedule.validTo, today))
    .map((schedule) => ({
      alwaysOpen: schedule.alwaysOpen,
      notes: schedule.notes?.text ?? null,
      days: weeklyRows(schedule.ranges, locale)
        .filter((row) => row.ranges.length > 0)
        .map((row) => ({ day: weekdayName(row.weekday, locale), text: row.ranges.map((r) => r.text).join(", ") })),
    }));
}

/**
 * The detail beside the list: the public record (every phone with its type, hours,
 * eligibility, fees, how to apply, documents) plus the internal notes for agents, which only
 * this function reads. Plain JSON for the console.
 */
export async function getConsoleService(actor: Actor | null, slug: string, locale: Locale) {
  assertCanCalls(actor, "calls:write");
  const service = await getService(slug, locale);
  if (!service) return null;
  const notes = await db.service.findUnique({
    where: { id: service.id },
    select: { agentNotes: true, organizationId: true, organization: { select: { agentNotes: true } } },
  });
  const locationPhones = service.locations.flatMap((location) => location.phones);
  const seen = new Set<string>();
  const phones = [...service.phones, ...locationPhones]
    .filter((phone) => {
      const key = `${phone.number}|${phone.extension ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((phone) => ({
      number: phone.number,
      extension: phone.extension,
      type: phone.type,
      description: phone.description?.text ?? null,
    }));
  const ownHours = scheduleLines(service.schedules, locale);
  return {
    id: service.id,
    slug: service.slug,
    name: service.name.text,
    organization: { id: notes?.organizationId ?? "", name: service.organization.name.text },
    alert: service.alert?.text ?? null,
    phones,
    hours: ownHours.length
      ? ownHours
      : service.locations.flatMap((location) => scheduleLines(location.schedules, locale)),
    eligibility: service.eligibility?.text ?? null,
    clientele: service.clientele?.text ?? null,
    minAge: service.minimumAge,
    maxAge: service.maximumAge,
    isFree: service.isFree,
    fees: service.fees?.text ?? null,
    applicationProcess: service.applicationProcess?.text ?? null,
    documents: service.requiredDocuments.map((doc) => doc.text),
    languages: service.languages,
    addresses: service.locations.flatMap((location) =>
      location.addresses.map((address) => `${address.street}, ${address.city}`),
    ),
    agentNotes: { service: notes?.agentNotes ?? null, organization: notes?.organization.agentNotes ?? null },
  };
}
