import type { Locale } from "@/lib/i18n/routing";

// Presentation of weekly hours for the record pages. Minutes since midnight, ISO weekdays
// (1 = Monday), as stored in schedule_range; a range whose closing minute is not after its
// opening minute ends the next day.

export type WeeklyRange = { weekday: number; opensAt: number; closesAt: number };

export type FormattedRange = {
  text: string;
  /** Closes the next morning (e.g. 21 h – 7 h): the page adds "(next day)". */
  endsNextDay: boolean;
  /** Opens and closes at the same minute: open around the clock that day. */
  allDay: boolean;
};

export type DayRow = { weekday: number; ranges: FormattedRange[] };

/** "9 h", "9 h 30", "21 h" in French; "9 a.m.", "9:30 p.m.", "noon", "midnight" in English. */
export function formatTime(minutes: number, locale: Locale, { closing = false } = {}): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const hours = Math.floor(m / 60);
  const mins = m % 60;
  if (locale === "fr") {
    // Québec usage writes a closing midnight as "24 h".
    const h = closing && m === 0 ? 24 : hours;
    return mins ? `${h} h ${String(mins).padStart(2, "0")}` : `${h} h`;
  }
  if (m === 0) return "midnight";
  if (m === 720) return "noon";
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? "a.m." : "p.m.";
  return mins ? `${h12}:${String(mins).padStart(2, "0")} ${suffix}` : `${h12} ${suffix}`;
}

export function formatRange(opensAt: number, closesAt: number, locale: Locale): FormattedRange {
  if (opensAt === closesAt) return { text: "", endsNextDay: false, allDay: true };
  // Closing exactly at midnight ends the same evening, not "the next day".
  const endsNextDay = closesAt !== 0 && closesAt < opensAt;
  const text = `${formatTime(opensAt, locale)} – ${formatTime(closesAt, locale, { closing: true })}`;
  return { text, endsNextDay, allDay: false };
}

/** Seven rows, Monday to Sunday, each with its ranges in opening order (empty = closed). */
export function weeklyRows(ranges: readonly WeeklyRange[], locale: Locale): DayRow[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    ranges: ranges
      .filter((range) => range.weekday === weekday)
      .sort((a, b) => a.opensAt - b.opensAt)
      .map((range) => formatRange(range.opensAt, range.closesAt, locale)),
  }));
}

/** "Lundi" / "Monday" (2024-01-01 was a Monday). */
export function weekdayName(weekday: number, locale: Locale): string {
  const date = new Date(Date.UTC(2024, 0, weekday));
  const name = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    weekday: "long",
    timeZone: "UTC",
  }).format(date);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A calendar date (PostgreSQL `date`, read as UTC midnight) in the page's language. */
export function formatDate(date: Date, locale: Locale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long", timeZone }).format(date);
}

/** Whether a dated schedule or closure still matters on `today` (YYYY-MM-DD, Toronto). */
export function isCurrentOrFuture(validTo: Date | null, today: string): boolean {
  return validTo === null || validTo.toISOString().slice(0, 10) >= today;
}
