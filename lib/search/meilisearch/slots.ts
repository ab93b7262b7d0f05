import { localTime } from "@/lib/hours/local-time";

// Opening hours as Meilisearch can filter them: a filter cannot ask "is x inside one of
// these [start, end] pairs", but it can ask "does this array contain x". So the week is cut
// into 5-minute slots. A document lists the hours of the week it is open throughout, and the
// 5-minute slots only of the hours it is open in part: a 40-hour week is 40 numbers, not 480
// (each value is an entry to index: 480 per document made facets a third of indexing time).
export const SLOT_MINUTES = 5;
export const SLOTS_PER_HOUR = 60 / SLOT_MINUTES;
export const SLOTS_PER_WEEK = (7 * 24 * 60) / SLOT_MINUTES;

/** Local calendar date, "YYYY-MM-DD". */
export function localDate(date: Date): string {
  return localTime(date).date;
}

/** The hour of the week (0 = Monday 00:00–01:00) containing a slot. */
export function hourOfSlot(slot: number): number {
  return Math.floor(slot / SLOTS_PER_HOUR);
}

/** The slot of the week containing this instant, in local time (0 = Monday 00:00–00:05). */
export function localWeekSlot(date: Date): number {
  const { weekday, minute } = localTime(date);
  return Math.floor(((weekday - 1) * 24 * 60 + minute) / SLOT_MINUTES);
}
