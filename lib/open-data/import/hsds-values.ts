import { normalizePostalCode } from "@/lib/format/postal-code";
import { phoneRow } from "@/lib/directory/schemas/fields";
import { scheduleInput, type ScheduleValues } from "@/lib/directory/schemas/hours";
import { englishOf } from "../export/translations";
import { addIssue, type Issues } from "./issues";
import type { Json } from "./read-hsds-json";

// HSDS fields turned into the values of our forms (French from the field, English from
// `x_translations.en`), before the directory's schemas validate them.

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);
export const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
export const uuidOrNull = (value: unknown) =>
  typeof value === "string" && UUID.test(value) ? value.toLowerCase() : null;

/** French text and its English translation. */
export function texts(record: Json, field: string) {
  return { fr: str(record[field]), en: str(englishOf(record, field)) };
}

const PHONE_TYPES: Record<string, string> = {
  voice: "voice",
  cell: "voice",
  fax: "fax",
  text: "text",
  textphone: "tty",
};

export type PhoneValues = {
  id: string | null;
  number: string;
  extension: string | null;
  type: "voice" | "toll_free" | "fax" | "text" | "tty";
  descriptionFr: string | null;
  descriptionEn: string | null;
};

export function phonesOf(records: unknown, warnings: Issues, prefix: string): PhoneValues[] {
  return list(records).flatMap((phone, index) => {
    const description = texts(phone, "description");
    const parsed = phoneRow.safeParse({
      number: String(phone.number ?? "").replace(/^"+|"+$/g, ""),
      extension: phone.extension === undefined || phone.extension === null ? null : String(phone.extension),
      type: PHONE_TYPES[String(phone.type ?? "voice")] ?? "voice",
      descriptionFr: description.fr,
      descriptionEn: description.en,
    });
    if (!parsed.success || !parsed.data) {
      for (const issue of parsed.success ? [] : parsed.error.issues)
        addIssue(warnings, `${prefix}${index}.${issue.path.join(".")}`, issue.message);
      return [];
    }
    const value = parsed.data;
    // A toll-free number is a voice line in HSDS: recognised again by its prefix.
    const type = value.type === "voice" && /^1 8(00|33|44|55|66|77|88)/.test(value.number) ? "toll_free" : value.type;
    return [{ id: uuidOrNull(phone.id), ...value, type }];
  });
}

const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const clock = (value: unknown) =>
  typeof value === "string" ? value.trim().replace(/^(\d{1,2}:\d{2}):\d{2}$/, "$1") : "";

export type ScheduleWithIds = ScheduleValues & { id: string | null; rangeIds: Map<string, string> };
export const rangeKey = (range: { weekday: number; opensAt: number; closesAt: number }) =>
  `${range.weekday}:${range.opensAt}:${range.closesAt}`;

/**
 * HSDS schedules (one RRULE-like row each) grouped back into our schedules: rows with the same
 * validity and description form one schedule whose weekly ranges are their `byday` × hours.
 * Every day 00:00–24:00 is "always open". Unreadable rows are dropped with a warning.
 */
export function schedulesOf(records: unknown, warnings: Issues, prefix: string): ScheduleWithIds[] {
  const groups = new Map<string, { rows: Json[]; index: number }>();
  list(records).forEach((row, index) => {
    const key = JSON.stringify([
      row.valid_from ?? null,
      row.valid_to ?? null,
      row.description ?? null,
      englishOf(row, "description") ?? null,
    ]);
    const group = groups.get(key) ?? { rows: [], index };
    group.rows.push(row);
    groups.set(key, group);
  });
  const schedules: ScheduleWithIds[] = [];
  for (const { rows, index } of groups.values()) {
    const first = rows[0];
    const days: Record<string, { opens: string; closes: string }[]> = {};
    const ids = new Map<string, string>();
    let alwaysOpen = false;
    for (const row of rows) {
      const opens = clock(row.opens_at);
      const closes = clock(row.closes_at);
      const byday = String(row.byday ?? "")
        .split(",")
        .map((day) => day.trim().toUpperCase())
        .filter((day) => DAYS.includes(day));
      if (byday.length === 7 && opens === "00:00" && (closes === "24:00" || closes === "23:59")) alwaysOpen = true;
      else if (opens && closes)
        for (const day of byday) (days[`d${DAYS.indexOf(day) + 1}`] ??= []).push({ opens, closes });
    }
    const notes = texts(first, "description");
    const parsed = scheduleInput.safeParse({
      validFrom: str(first.valid_from)?.slice(0, 10) ?? null,
      validTo: str(first.valid_to)?.slice(0, 10) ?? null,
      alwaysOpen,
      notesFr: notes.fr,
      notesEn: notes.en,
      ...days,
      closures: [],
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        addIssue(warnings, `${prefix}${index}.${issue.path.join(".")}`, issue.message);
      continue;
    }
    for (const row of rows) {
      const opens = clock(row.opens_at);
      const closes = clock(row.closes_at);
      for (const range of parsed.data.ranges) {
        const day = DAYS[range.weekday - 1];
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
        if (
          String(row.byday ?? "").includes(day) &&
          hhmm(range.opensAt) === opens.padStart(5, "0") &&
          hhmm(range.closesAt) === closes.padStart(5, "0")
        )
          if (uuidOrNull(row.id) && String(row.byday).split(",").length === 1)
            ids.set(rangeKey(range), uuidOrNull(row.id)!);
      }
    }
    const singleId = rows.length === 1 && (alwaysOpen || parsed.data.ranges.length === 0) ? uuidOrNull(first.id) : null;
    schedules.push({ ...parsed.data, id: singleId, rangeIds: ids });
  }
  return schedules;
}

export function postalCodeOf(value: unknown, warnings: Issues, field: string) {
  const text = str(value) ?? "";
  const normalized = normalizePostalCode(text);
  if (!normalized) addIssue(warnings, field, "postalCodeInvalid");
  return normalized ?? text;
}
