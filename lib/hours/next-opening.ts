import { addDays, DIRECTORY_TIME_ZONE, isoWeekdayOf, localTime } from "./local-time";
import { isOpenAt, schedulesFor } from "./is-open-at";
import type { OpeningSchedule } from "./types";

export type NextOpening = {
  /** Local date "YYYY-MM-DD" and minute since midnight of the next opening. */
  date: string;
  minute: number;
  weekday: number;
};

/**
 * The next time the service opens after `instant` (within 14 days), or null when it is
 * open now, always open, has no hours, or does not open in that window.
 */
export function nextOpening(
  schedules: OpeningSchedule[] | null | undefined,
  instant: Date,
  timeZone = DIRECTORY_TIME_ZONE,
): NextOpening | null {
  if (!schedules || schedules.length === 0 || isOpenAt(schedules, instant, timeZone)) return null;
  const now = localTime(instant, timeZone);
  for (let offset = 0; offset < 14; offset++) {
    const date = addDays(now.date, offset);
    const weekday = isoWeekdayOf(date);
    const starts = schedulesFor(schedules, date)
      .filter((s) => !s.closures.includes(date))
      .flatMap((s) => (s.alwaysOpen ? [0] : s.ranges.filter((r) => r.weekday === weekday).map((r) => r.opensAt)))
      .filter((minute) => offset > 0 || minute > now.minute)
      .sort((a, b) => a - b);
    if (starts.length > 0) return { date, minute: starts[0], weekday };
  }
  return null;
}
