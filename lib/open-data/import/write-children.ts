import "server-only";
import { randomUUID } from "node:crypto";
import { rangeKey, type PhoneValues, type ScheduleWithIds } from "./hsds-values";
import type { ImportContext } from "./import-context";

// Owned rows are replaced as a whole, as the back-office does (lib/directory/children.ts), but
// keep the file's ids when the parent kept its own (`keep`), so that an export re-imported
// into an empty database exports identically. The old rows are deleted at once; the new ones
// are queued and inserted with the rest of the chunk (flushPending).

type PhoneOwner =
  { organizationId: string } | { serviceId: string } | { locationId: string } | { serviceAtLocationId: string };
type ScheduleOwner = { serviceId: string } | { locationId: string } | { serviceAtLocationId: string };
const date = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);

/** keep: keep the file's ids; fresh: the owner was just created (nothing to replace). */
type Replace = { keep: boolean; fresh: boolean };

export async function writePhones(
  ctx: ImportContext,
  owner: PhoneOwner,
  phones: PhoneValues[],
  { keep, fresh }: Replace,
) {
  if (!fresh) await ctx.tx.phone.deleteMany({ where: owner });
  ctx.pending.rows.phone.push(
    ...phones.map(({ id, ...phone }, position) => ({ ...(keep && id ? { id } : {}), ...owner, ...phone, position })),
  );
}

export async function writeSchedules(
  ctx: ImportContext,
  owner: ScheduleOwner,
  schedules: ScheduleWithIds[],
  { keep, fresh }: Replace,
) {
  if (!fresh) await ctx.tx.schedule.deleteMany({ where: owner });
  for (const schedule of schedules) {
    const scheduleId = (keep && schedule.id) || randomUUID();
    ctx.pending.rows.schedule.push({
      id: scheduleId,
      ...owner,
      validFrom: date(schedule.validFrom),
      validTo: date(schedule.validTo),
      alwaysOpen: schedule.alwaysOpen,
      notesFr: schedule.notesFr,
      notesEn: schedule.notesEn,
    });
    ctx.pending.rows.scheduleRange.push(
      ...schedule.ranges.map((range) => {
        const id = keep ? schedule.rangeIds.get(rangeKey(range)) : undefined;
        return { ...(id ? { id } : {}), scheduleId, ...range };
      }),
    );
  }
}
