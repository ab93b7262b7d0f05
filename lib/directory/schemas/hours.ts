// Weekly opening hours as edited in forms: per schedule, up to N ranges per weekday
// ("d1" = Monday … "d7" = Sunday), dated closures, seasonal validity, always-open, notes.
import { z } from "zod";
import { checkbox, optionalDate, optionalText } from "./fields";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DAY_KEYS = ["d1", "d2", "d3", "d4", "d5", "d6", "d7"] as const;

/** "9:00", "09:00", "9h", "9 h 30", "24:00" → minutes since midnight; null when unreadable. */
export function parseTime(text: string, allowEndOfDay = false): number | null {
  const match = /^(\d{1,2})\s*(?::|h)?\s*(\d{2})?$/i.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  if (total < 1440 || (allowEndOfDay && total === 1440)) return total;
  return null;
}

export function formatTime(minutes: number): string {
  const m = minutes % 1440 === 0 && minutes > 0 ? 1440 : minutes;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export type WeeklyRange = { weekday: number; opensAt: number; closesAt: number };

/** A range whose closing time is not after its opening time ends the next day. */
export const isPastMidnight = (range: { opensAt: number; closesAt: number }) => range.closesAt <= range.opensAt;

/**
 * Indices (into `ranges`) of ranges that overlap an earlier range. Times are laid on one
 * week-long line so that a range past midnight also collides with the next morning's.
 */
export function findOverlaps(ranges: WeeklyRange[]): Set<number> {
  const week = 7 * 1440;
  const spans = ranges.map((range, index) => {
    const start = (range.weekday - 1) * 1440 + range.opensAt;
    const end = (range.weekday - 1) * 1440 + (isPastMidnight(range) ? range.closesAt + 1440 : range.closesAt);
    return { index, start, end };
  });
  const overlapping = new Set<number>();
  for (const a of spans) {
    for (const b of spans) {
      if (b.index <= a.index) continue;
      // Compare also shifted by a week: Sunday night runs into Monday morning.
      const hit = [-week, 0, week].some((shift) => a.start < b.end + shift && b.start + shift < a.end);
      if (hit) overlapping.add(b.index);
    }
  }
  return overlapping;
}

const timeRow = z.object({ opens: optionalText(10), closes: optionalText(10) });
const dayRows = z.preprocess((value) => (Array.isArray(value) ? value.map((row) => row ?? {}) : []), z.array(timeRow));

const closureRow = z.object({ date: optionalDate, reasonFr: optionalText(200), reasonEn: optionalText(200) });

export const scheduleInput = z
  .object({
    validFrom: optionalDate,
    validTo: optionalDate,
    alwaysOpen: checkbox,
    notesFr: optionalText(500),
    notesEn: optionalText(500),
    d1: dayRows,
    d2: dayRows,
    d3: dayRows,
    d4: dayRows,
    d5: dayRows,
    d6: dayRows,
    d7: dayRows,
    closures: z.preprocess((value) => (Array.isArray(value) ? value.map((row) => row ?? {}) : []), z.array(closureRow)),
  })
  .transform((input, ctx) => {
    const ranges: (WeeklyRange & { path: (string | number)[] })[] = [];
    DAY_KEYS.forEach((key, day) => {
      input[key].forEach((row, slot) => {
        if (!row.opens && !row.closes) return;
        const opensAt = row.opens ? parseTime(row.opens) : null;
        const closesAt = row.closes ? parseTime(row.closes, true) : null;
        if (opensAt === null)
          ctx.addIssue({ code: "custom", message: row.opens ? "timeInvalid" : "required", path: [key, slot, "opens"] });
        if (closesAt === null)
          ctx.addIssue({
            code: "custom",
            message: row.closes ? "timeInvalid" : "required",
            path: [key, slot, "closes"],
          });
        if (opensAt === null || closesAt === null) return;
        if (opensAt === closesAt % 1440 && closesAt !== 1440) {
          ctx.addIssue({ code: "custom", message: "rangeEmpty", path: [key, slot, "closes"] });
          return;
        }
        ranges.push({ weekday: day + 1, opensAt, closesAt, path: [key, slot, "opens"] });
      });
    });
    for (const index of findOverlaps(ranges)) {
      ctx.addIssue({ code: "custom", message: "rangeOverlap", path: ranges[index].path });
    }
    if (input.validFrom && input.validTo && input.validFrom > input.validTo) {
      ctx.addIssue({ code: "custom", message: "dateOrder", path: ["validTo"] });
    }
    const closures = input.closures.filter((row) => row.date);
    const seen = new Set<string>();
    input.closures.forEach((row, index) => {
      if (!row.date && (row.reasonFr || row.reasonEn)) {
        ctx.addIssue({ code: "custom", message: "required", path: ["closures", index, "date"] });
      }
      if (row.date && seen.has(row.date)) {
        ctx.addIssue({ code: "custom", message: "closureDuplicate", path: ["closures", index, "date"] });
      }
      if (row.date) seen.add(row.date);
    });
    return {
      validFrom: input.validFrom,
      validTo: input.validTo,
      alwaysOpen: input.alwaysOpen,
      notesFr: input.notesFr,
      notesEn: input.notesEn,
      ranges: ranges.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
      closures: closures as { date: string; reasonFr: string | null; reasonEn: string | null }[],
    };
  });

export type ScheduleValues = z.output<typeof scheduleInput>;

const isBlank = (schedule: ScheduleValues) =>
  !schedule.alwaysOpen &&
  schedule.ranges.length === 0 &&
  schedule.closures.length === 0 &&
  !schedule.notesFr &&
  !schedule.notesEn;

/** The form always offers one more (blank) schedule; blank ones are dropped after validation. */
export const scheduleList = z.preprocess(
  (value) => (Array.isArray(value) ? value.map((row) => row ?? {}) : []),
  z.array(scheduleInput).transform((schedules) => schedules.filter((schedule) => !isBlank(schedule))),
);
