import "server-only";
import type { Tx } from "@/lib/db/client";
import { rangeKey, type PhoneValues, type ScheduleWithIds } from "./hsds-values";

// Owned rows are replaced as a whole, as the back-office does (lib/directory/children.ts), but
// keep the file's ids when the parent kept its own (`keep`), so that an export re-imported
// into an empty database exports identically.

type PhoneOwner =
  { organizationId: string } | { serviceId: string } | { locationId: string } | { serviceAtLocationId: string };
type ScheduleOwner = { serviceId: string } | { locationId: string } | { serviceAtLocationId: string };
const date = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);

/** keep: keep the file's ids; fresh: the owner was just created (nothing to replace). */
type Replace = { keep: boolean; fresh: boolean };

export async function writePhones(tx: Tx, owner: PhoneOwner, phones: PhoneValues[], { keep, fresh }: Replace) {
  if (!fresh) await tx.phone.deleteMany({ where: owner });
  if (phones.length === 0) return;
  await tx.phone.createMany({
    data: phones.map(({ id, ...phone }, position) => ({ ...(keep && id ? { id } : {}), ...owner, ...phone, position })),
  });
}

export async function writeSchedules(
  tx: Tx,
  owner: ScheduleOwner,
  schedules: ScheduleWithIds[],
  { keep, fresh }: Replace,
) {
  if (!fresh) await tx.schedule.deleteMany({ where: owner });
  for (const schedule of schedules) {
    await tx.schedule.create({
      data: {
        ...(keep && schedule.id ? { id: schedule.id } : {}),
        ...owner,
        validFrom: date(schedule.validFrom),
        validTo: date(schedule.validTo),
        alwaysOpen: schedule.alwaysOpen,
        notesFr: schedule.notesFr,
        notesEn: schedule.notesEn,
        ranges: {
          create: schedule.ranges.map((range) => {
            const id = keep ? schedule.rangeIds.get(rangeKey(range)) : undefined;
            return { ...(id ? { id } : {}), ...range };
          }),
        },
      },
    });
  }
}
