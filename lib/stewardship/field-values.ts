// The values an organization's change request holds, and how a person reads them (diffs, emails).
// Pure: shared by the domain, the editor's screen and unit tests.

export type PhoneValue = { number: string; extension: string | null };
/** Hours as the back-office's hours editor starts from them (times "09:00", dates "YYYY-MM-DD"). */
export type ScheduleValue = {
  validFrom: string | null;
  validTo: string | null;
  alwaysOpen: boolean;
  notesFr: string | null;
  notesEn: string | null;
  ranges: { weekday: number; opens: string; closes: string }[];
  closures: { date: string; reasonFr: string | null; reasonEn: string | null }[];
};
export type FieldValue = string | null | PhoneValue[] | ScheduleValue[];
export type RecordValues = Record<string, FieldValue>;

/** Key order aside (PostgreSQL's jsonb reorders keys), the same value. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A phone list as one line of text, for diffs and emails. */
export const phonesText = (phones: PhoneValue[]) =>
  phones.map((p) => (p.extension ? `${p.number} #${p.extension}` : p.number)).join(" · ");

/** "Lun", "Mar" … / "Mon", "Tue" … (2024-01-01 was a Monday). */
function dayShort(weekday: number, locale: "fr" | "en") {
  const name = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { weekday: "short", timeZone: "UTC" })
    .format(new Date(Date.UTC(2024, 0, weekday)))
    .replace(/\.$/, "");
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** "09:00" → "9:00". */
const time = (text: string) => text.replace(/^0(\d)/, "$1");

export type HoursWords = { alwaysOpen: string; closed: string; closures: string };

/**
 * Hours as lines a person reads: "Lun 9:00–17:00 · Mar 9:00–12:00, 13:00–16:00", one line per
 * schedule, with its dates, notes and closures.
 */
export function hoursText(schedules: ScheduleValue[], locale: "fr" | "en", words: HoursWords): string {
  return schedules
    .map((s) => {
      const days = [1, 2, 3, 4, 5, 6, 7]
        .map((weekday) => {
          const ranges = s.ranges.filter((r) => r.weekday === weekday);
          return ranges.length
            ? `${dayShort(weekday, locale)} ${ranges.map((r) => `${time(r.opens)}–${time(r.closes)}`).join(", ")}`
            : null;
        })
        .filter(Boolean)
        .join(" · ");
      const notes = locale === "en" ? (s.notesEn ?? s.notesFr) : s.notesFr;
      return [
        s.validFrom || s.validTo ? `${s.validFrom ?? "…"} → ${s.validTo ?? "…"} :` : null,
        s.alwaysOpen ? words.alwaysOpen : days || words.closed,
        notes ? `(${notes})` : null,
        s.closures.length ? `${words.closures} ${s.closures.map((c) => c.date).join(", ")}` : null,
      ]
        .filter(Boolean)
        .join(" ");
    })
    .join("\n");
}

export type DescribeContext = {
  locale: "fr" | "en";
  empty: string;
  hours: HoursWords;
  /** Municipality names by id, for an address's municipality. */
  municipalities: Map<string, string>;
};

/** One field's value as text for the editor's diff. */
export function describeValue(field: string, value: FieldValue, context: DescribeContext): string {
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return context.empty;
  if (field === "phones") return phonesText(value as PhoneValue[]);
  if (field === "schedules") return hoursText(value as ScheduleValue[], context.locale, context.hours);
  if (field === "municipalityId") return context.municipalities.get(value as string) ?? (value as string);
  return value as string;
}
