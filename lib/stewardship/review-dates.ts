/** Months after `from`, as a UTC date; the 31st becomes the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonths(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(from.getUTCDate(), lastDay)));
}

/** Today as a UTC date (review dates are dates, compared with dates). */
export const startOfDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

export const DEFAULT_INTERVAL_MONTHS = 12;
/** The review queue shows what falls due within this many days, and everything overdue. */
export const DUE_WITHIN_DAYS = 30;
