import { addDays, DIRECTORY_TIME_ZONE, isoWeekdayOf, localTime } from "./local-time";
import type { OpeningSchedule, WeeklyRange } from "./types";

// Rules (mirrored by the SQL filter in lib/search/postgres/open-now-sql.ts — keep them equal):
// - A range belongs to the local date it starts on; one whose closing minute is not after its
//   opening minute ends the next day (Friday 21:00–07:00 is open Saturday 03:00).
// - The schedules that apply on a date are those valid on it; a dated (seasonal) schedule valid
//   on that date wins over the open-ended ones.
// - A closure date cancels that schedule's ranges starting on that date (and always-open).

const isDated = (s: OpeningSchedule) => s.validFrom !== null || s.validTo !== null;
const isValidOn = (s: OpeningSchedule, date: string) =>
  (s.validFrom === null || s.validFrom <= date) && (s.validTo === null || s.validTo >= date);

/** The schedules that govern ranges starting on `date`. */
export function schedulesFor(schedules: OpeningSchedule[], date: string): OpeningSchedule[] {
  const valid = schedules.filter((s) => isValidOn(s, date));
  const dated = valid.filter(isDated);
  return dated.length > 0 ? dated : valid;
}

export const rangeEnd = (r: WeeklyRange) => (r.closesAt > r.opensAt ? r.closesAt : r.closesAt + 1440);

/** Is the service open at this instant? null when it publishes no hours at all. */
export function isOpenAt(
  schedules: OpeningSchedule[] | null | undefined,
  instant: Date,
  timeZone = DIRECTORY_TIME_ZONE,
) {
  if (!schedules || schedules.length === 0) return null;
  const now = localTime(instant, timeZone);
  // offset 0: ranges that started today; offset 1: ranges that started yesterday and run past midnight.
  for (const offset of [0, 1]) {
    const day = offset === 0 ? now.date : addDays(now.date, -1);
    const weekday = offset === 0 ? now.weekday : isoWeekdayOf(day);
    const minute = now.minute + offset * 1440;
    for (const schedule of schedulesFor(schedules, day)) {
      if (schedule.closures.includes(day)) continue;
      if (schedule.alwaysOpen && offset === 0) return true;
      if (schedule.ranges.some((r) => r.weekday === weekday && r.opensAt <= minute && minute < rangeEnd(r)))
        return true;
    }
  }
  return false;
}
