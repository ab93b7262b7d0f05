import { localTime } from "@/lib/hours/local-time";

// Opening hours as Meilisearch can filter them: a filter cannot ask "is x inside one of
// these [start, end] pairs", but it can ask "does this array contain x". So the week is cut
// into 5-minute slots and a document lists the slots it is open (a 40-hour week: 480 numbers).
export const SLOT_MINUTES = 5;
export const SLOTS_PER_WEEK = (7 * 24 * 60) / SLOT_MINUTES;

/** Local calendar date, "YYYY-MM-DD". */
export function localDate(date: Date): string {
  return localTime(date).date;
}

/** The slot of the week containing this instant, in local time (0 = Monday 00:00–00:05). */
export function localWeekSlot(date: Date): number {
  const { weekday, minute } = localTime(date);
  return Math.floor(((weekday - 1) * 24 * 60 + minute) / SLOT_MINUTES);
}
