import "server-only";
import type { Tx } from "@/lib/db/client";
import type { PhoneInput } from "./schemas/fields";
import type { ScheduleValues } from "./schemas/hours";

// Owned rows (phones, schedules) are replaced as a whole on save: the form always
// submits the complete list, so what is not submitted was removed.

type Owner = { organizationId: string } | { serviceId: string } | { locationId: string };

export async function replacePhones(tx: Tx, owner: Owner, phones: PhoneInput[]) {
  await tx.phone.deleteMany({ where: owner });
  if (phones.length === 0) return;
  await tx.phone.createMany({
    data: phones.map((phone, position) => ({
      ...owner,
      number: phone.number,
      extension: phone.extension,
      type: phone.type,
      descriptionFr: phone.descriptionFr,
      descriptionEn: phone.descriptionEn,
      position,
    })),
  });
}

const date = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);

export async function replaceSchedules(
  tx: Tx,
  owner: { serviceId: string } | { locationId: string },
  schedules: ScheduleValues[],
) {
  await tx.schedule.deleteMany({ where: owner });
  for (const schedule of schedules) {
    await tx.schedule.create({
      data: {
        ...owner,
        validFrom: date(schedule.validFrom),
        validTo: date(schedule.validTo),
        alwaysOpen: schedule.alwaysOpen,
        notesFr: schedule.notesFr,
        notesEn: schedule.notesEn,
        ranges: { create: schedule.ranges },
        closures: {
          create: schedule.closures.map((c) => ({ date: date(c.date)!, reasonFr: c.reasonFr, reasonEn: c.reasonEn })),
        },
      },
    });
  }
}
