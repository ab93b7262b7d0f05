import { addDays, localTime } from "@/lib/hours/local-time";
import { isOpenAt } from "@/lib/hours/is-open-at";
import { nextOpening } from "@/lib/hours/next-opening";
import type { OpeningSchedule } from "@/lib/hours/types";

/** The stored shape of a schedule, as the record queries read it. */
type StoredSchedule = {
  validFrom: Date | null;
  validTo: Date | null;
  alwaysOpen: boolean;
  ranges: { weekday: number; opensAt: number; closesAt: number }[];
  closures: { date: Date }[];
};

const day = (date: Date) => date.toISOString().slice(0, 10);

export function toOpeningSchedules(schedules: StoredSchedule[]): OpeningSchedule[] {
  return schedules.map((s) => ({
    validFrom: s.validFrom && day(s.validFrom),
    validTo: s.validTo && day(s.validTo),
    alwaysOpen: s.alwaysOpen,
    ranges: s.ranges.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
    closures: s.closures.map((c) => day(c.date)),
  }));
}

export type OpeningStatus =
  | { open: true }
  | {
      open: false;
      /** When it opens next, relative to today (Toronto), or null if not within two weeks. */
      next: { when: "today" | "tomorrow" | "thisWeek" | "later"; date: string; weekday: number; minute: number } | null;
    };

/** "Open now" or "closed, opens …" for a record's schedules; null when it publishes no hours. */
export function openingStatus(schedules: StoredSchedule[], now = new Date()): OpeningStatus | null {
  const opening = toOpeningSchedules(schedules);
  const open = isOpenAt(opening, now);
  if (open === null) return null;
  if (open) return { open: true };
  const next = nextOpening(opening, now);
  if (!next) return { open: false, next: null };
  const today = localTime(now).date;
  const when =
    next.date === today
      ? "today"
      : next.date === addDays(today, 1)
        ? "tomorrow"
        : next.date < addDays(today, 7)
          ? "thisWeek"
          : "later";
  return { open: false, next: { when, ...next } };
}
