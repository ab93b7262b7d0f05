// The readable side of audit rows: which fields changed, and each value as text.
// Pure functions, so the history page and tests share them.

export type DiffLine = { field: string; before: unknown; after: unknown };

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** One line per field whose value differs; a creation lists every filled field. */
export function diffEntries(before: unknown, after: unknown): DiffLine[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .filter((field) => !(isEmpty(b[field]) && isEmpty(a[field])))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

type Locale = "fr" | "en";

const WORDS = {
  fr: {
    empty: "(vide)",
    yes: "oui",
    no: "non",
    nextDay: "lendemain",
    closed: "fermé",
    always: "24 h sur 24, 7 jours sur 7",
    from: "du",
    to: "au",
  },
  en: {
    empty: "(empty)",
    yes: "yes",
    no: "no",
    nextDay: "next day",
    closed: "closed",
    always: "24/7",
    from: "from",
    to: "to",
  },
} as const;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function weekdayName(weekday: number, locale: Locale) {
  // 2024-01-01 was a Monday (ISO weekday 1).
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { weekday: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

type Schedule = {
  validFrom?: string | null;
  validTo?: string | null;
  alwaysOpen?: boolean;
  ranges?: { weekday: number; opens: string; closes: string }[];
  closures?: string[];
  notesFr?: string | null;
};

function scheduleText(schedule: Schedule, locale: Locale): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  if (schedule.validFrom || schedule.validTo) {
    parts.push(`${w.from} ${schedule.validFrom ?? "…"} ${w.to} ${schedule.validTo ?? "…"}:`);
  }
  if (schedule.alwaysOpen) parts.push(w.always);
  const byDay = new Map<number, string[]>();
  for (const range of schedule.ranges ?? []) {
    const nextDay = range.closes !== "24:00" && range.closes <= range.opens ? ` (${w.nextDay})` : "";
    byDay.set(range.weekday, [...(byDay.get(range.weekday) ?? []), `${range.opens}–${range.closes}${nextDay}`]);
  }
  for (const [weekday, ranges] of byDay) parts.push(`${weekdayName(weekday, locale)} ${ranges.join(", ")}`);
  if (schedule.closures?.length) parts.push(`${w.closed} ${schedule.closures.join(", ")}`);
  if (schedule.notesFr) parts.push(`« ${schedule.notesFr} »`);
  return parts.join(" · ");
}

/** A value of an audit snapshot as one line of text in the reader's language. */
export function formatAuditValue(value: unknown, locale: Locale): string {
  const w = WORDS[locale];
  if (isEmpty(value)) return w.empty;
  if (typeof value === "boolean") return value ? w.yes : w.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) {
      return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "America/Toronto",
      }).format(new Date(value));
    }
    return value;
  }
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        item && typeof item === "object" && "ranges" in item
          ? scheduleText(item as Schedule, locale)
          : formatAuditValue(item, locale),
      )
      .join(" ; ");
  }
  return JSON.stringify(value);
}
