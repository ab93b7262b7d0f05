import { formatTime } from "@/lib/directory/format-hours";
import type { HoursLine } from "@/lib/calls/hours-line";

type T = (key: string, values?: Record<string, string | number>) => string;

/** "Ferme dans 25 min", "Ouvre demain à 9 h 00"… what the agent reads out about hours. */
export function hoursText(line: HoursLine | null, locale: "fr" | "en", t: T): string {
  if (!line) return t("hours.noHours");
  if (line.state === "open") {
    if (line.closesInMinutes === null || line.closesAt === null) return t("hours.openAlways");
    if (line.closesInMinutes <= 60) return t("hours.closesIn", { minutes: line.closesInMinutes });
    return t("hours.openUntil", { time: formatTime(line.closesAt, locale, { closing: true }) });
  }
  if (!line.next) return t("hours.closed");
  const time = formatTime(line.next.minute, locale);
  if (line.next.when === "today") return t("hours.opensToday", { time });
  if (line.next.when === "tomorrow") return t("hours.opensTomorrow", { time });
  const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${line.next.date}T12:00:00Z`));
  return t("hours.opensOn", { date, time });
}

export function ageText(min: number | null, max: number | null, t: T): string {
  if (min !== null && max !== null) return t("hit.ages", { min, max });
  if (min !== null) return t("hit.agesFrom", { min });
  if (max !== null) return t("hit.agesTo", { max });
  return t("hit.allAges");
}

export function phoneText(phone: { number: string; extension: string | null }, t: T): string {
  return phone.extension ? `${phone.number}, ${t("hit.extension", { extension: phone.extension })}` : phone.number;
}
