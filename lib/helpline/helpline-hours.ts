import { z } from "zod";

/**
 * Hours of the 211 line itself, configurable per deployment:
 * HELPLINE_HOURS="1-5 09:00-18:00" (ISO weekdays, 1 = Monday).
 */
const HelplineHoursSchema = z
  .string()
  .regex(/^[1-7]-[1-7] ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'expected e.g. "1-5 09:00-18:00"')
  .transform((value) => {
    const [days, times] = value.split(" ");
    const [firstDay, lastDay] = days.split("-").map(Number);
    const [opens, closes] = times.split("-");
    return { firstDay, lastDay, opens, closes };
  });

export type HelplineHours = z.output<typeof HelplineHoursSchema>;

export const DEFAULT_HELPLINE_HOURS = "1-5 09:00-18:00";

export function parseHelplineHours(value: string | undefined): HelplineHours {
  const parsed = HelplineHoursSchema.safeParse(value?.trim() || DEFAULT_HELPLINE_HOURS);
  if (parsed.success) return parsed.data;
  console.warn(`HELPLINE_HOURS is invalid (${parsed.error.issues[0]?.message}); using ${DEFAULT_HELPLINE_HOURS}.`);
  return HelplineHoursSchema.parse(DEFAULT_HELPLINE_HOURS);
}

// 2024-01-01 was a Monday: weekday names come from Intl, in the page's language.
function weekdayName(isoDay: number, locale: string) {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, isoDay)),
  );
}

function formatTime(hhmm: string, locale: string) {
  const [hours, minutes] = hhmm.split(":");
  if (locale === "fr") return `${Number(hours)} h ${minutes === "00" ? "" : minutes}`.trim();
  const h = Number(hours) % 24;
  const suffix = h < 12 ? "a.m." : "p.m.";
  return `${h % 12 === 0 ? 12 : h % 12}:${minutes} ${suffix}`;
}

export function describeHelplineHours(hours: HelplineHours, locale: string) {
  const first = weekdayName(hours.firstDay, locale);
  const last = weekdayName(hours.lastDay, locale);
  const days =
    hours.firstDay === hours.lastDay ? first : locale === "fr" ? `du ${first} au ${last}` : `${first} to ${last}`;
  return { days, opens: formatTime(hours.opens, locale), closes: formatTime(hours.closes, locale) };
}
