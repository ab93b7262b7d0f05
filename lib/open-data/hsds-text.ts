import type { SearchLocale } from "@/lib/search/types";

/**
 * HSDS has one text per field: the requested language, else French (the directory's language of
 * record), else English. Empty texts are left out, since HSDS fields are strings, never null.
 */
export function pick(locale: SearchLocale, fr: string | null | undefined, en: string | null | undefined) {
  const first = locale === "en" ? en : fr;
  const second = locale === "en" ? fr : en;
  if (first?.trim()) return first;
  if (second?.trim()) return second;
  return undefined;
}

/** Drops undefined and null values, so that optional HSDS fields are absent rather than null. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null)) as T;
}

export const isoDate = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

export function clock(minutes: number) {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
