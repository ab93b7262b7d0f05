import { addDays, DIRECTORY_TIME_ZONE, isoWeekdayOf, localTime } from "@/lib/hours/local-time";
import { isOpenAt, rangeEnd, schedulesFor } from "@/lib/hours/is-open-at";
import { nextOpening } from "@/lib/hours/next-opening";
import type { OpeningSchedule } from "@/lib/hours/types";

/** What the agent reads out about hours: open (closing in N min), or when it opens next. */
export type HoursLine =
  | { state: "open"; closesInMinutes: number | null; closesAt: number | null }
  | { state: "closed"; next: { when: "today" | "tomorrow" | "later"; date: string; minute: number } | null };

/**
 * The minutes until the range open now ends (ranges that touch are merged), or null when
 * always open. Same rules as isOpenAt (lib/hours): a range belongs to the day it starts on.
 */
function minutesUntilClose(schedules: OpeningSchedule[], instant: Date): number | null {
  const now = localTime(instant, DIRECTORY_TIME_ZONE);
  let end = now.minute; // minutes from today's midnight
  for (let guard = 0; guard < 8; guard++) {
    let extended = false;
    for (const offset of [-1, 0, 1]) {
      const day = addDays(now.date, offset);
      const weekday = isoWeekdayOf(day);
      for (const schedule of schedulesFor(schedules, day)) {
        if (schedule.closures.includes(day)) continue;
        if (schedule.alwaysOpen) return null;
        for (const r of schedule.ranges) {
          if (r.weekday !== weekday) continue;
          const start = r.opensAt + offset * 1440;
          const stop = rangeEnd(r) + offset * 1440;
          if (start <= end && end < stop) {
            end = stop;
            extended = true;
          }
        }
      }
    }
    if (!extended) break;
  }
  return end - now.minute;
}

export function hoursLine(schedules: OpeningSchedule[] | null | undefined, now: Date): HoursLine | null {
  const open = isOpenAt(schedules, now);
  if (open === null || !schedules) return null;
  if (open) {
    const minutes = minutesUntilClose(schedules, now);
    const closesAt = minutes === null ? null : (localTime(now).minute + minutes) % 1440;
    return { state: "open", closesInMinutes: minutes, closesAt };
  }
  const next = nextOpening(schedules, now);
  if (!next) return { state: "closed", next: null };
  const today = localTime(now).date;
  const when = next.date === today ? "today" : next.date === addDays(today, 1) ? "tomorrow" : "later";
  return { state: "closed", next: { when, date: next.date, minute: next.minute } };
}
