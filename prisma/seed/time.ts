// The demo directory's clock. Seeded data must not depend on when it is seeded, so every
// date is an offset from a fixed day. It is set close to the project's first release so
// that the "review due" queue holds a realistic share (about a third) of records.
export const SEED_EPOCH = Date.UTC(2026, 10, 1); // 2026-11-01

const DAY = 86_400_000;

/** ISO timestamp `days` (fractional allowed) from the epoch. */
export function timestamp(days: number) {
  return new Date(SEED_EPOCH + Math.round(days * DAY)).toISOString();
}

/** ISO date (YYYY-MM-DD) `days` from the epoch. */
export function isoDate(days: number) {
  return timestamp(Math.floor(days)).slice(0, 10);
}

/** The same instant one year later, as a date (next review of a verified record). */
export function oneYearAfter(isoTimestamp: string) {
  const d = new Date(isoTimestamp);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}
