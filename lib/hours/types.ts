/** Opening hours as stored on a search document and read by the pages (plain JSON). */
export type WeeklyRange = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight; closesAt ≤ opensAt means the range ends the next day. */
  opensAt: number;
  closesAt: number;
};

export type OpeningSchedule = {
  /** "YYYY-MM-DD" (inclusive) or null for open-ended. */
  validFrom: string | null;
  validTo: string | null;
  alwaysOpen: boolean;
  ranges: WeeklyRange[];
  /** Local dates ("YYYY-MM-DD") on which this schedule does not open. */
  closures: string[];
};
