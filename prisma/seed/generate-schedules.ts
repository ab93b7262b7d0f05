// Opening hours of the demo directory: the common weekly patterns of community services,
// plus seasonal hours and holiday closures, so that "open now" and the hours tables have
// every case to show (split days, evenings, weekends, 24/7, overnight, by appointment).
import type { Random } from "./random";
import type { Row } from "./tables";

export type SchedulePattern =
  "office" | "split" | "daytime" | "extended" | "evening" | "weekend" | "always" | "overnight" | "appointment";

type Range = [weekdays: number[], opens: string, closes: string];
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

const PATTERNS: Record<Exclude<SchedulePattern, "always">, Range[]> = {
  office: [
    [WEEKDAYS, "08:30", "12:00"],
    [WEEKDAYS, "13:00", "16:30"],
  ],
  // Mornings on some days, afternoon-to-evening on others.
  split: [
    [[1, 3, 5], "09:00", "12:00"],
    [[2, 4], "13:00", "20:00"],
  ],
  daytime: [[WEEKDAYS, "09:00", "17:00"]],
  extended: [
    [WEEKDAYS, "08:00", "20:00"],
    [[6], "09:00", "12:00"],
  ],
  evening: [[[1, 2, 3, 4], "18:00", "21:00"]],
  weekend: [[[6, 7], "10:00", "16:00"]],
  // Closing before opening: the range ends the next morning.
  overnight: [[EVERY_DAY, "21:00", "07:00"]],
  appointment: [
    [WEEKDAYS, "09:00", "12:00"],
    [[1, 2, 3, 4], "13:00", "16:00"],
  ],
};

const SUMMER: Range[] = [
  [[1, 2, 3, 4], "08:30", "12:00"],
  [[1, 2, 3, 4], "13:00", "16:00"],
];

/** Québec statutory holidays around the demo's "now" (2026-11), past and upcoming. */
export const HOLIDAYS: [date: string, fr: string, en: string][] = [
  ["2026-06-24", "Fête nationale du Québec", "Québec National Holiday"],
  ["2026-07-01", "Fête du Canada", "Canada Day"],
  ["2026-09-07", "Fête du Travail", "Labour Day"],
  ["2026-10-12", "Action de grâce", "Thanksgiving"],
  ["2026-12-24", "Veille de Noël", "Christmas Eve"],
  ["2026-12-25", "Noël", "Christmas Day"],
  ["2026-12-31", "Veille du jour de l'An", "New Year's Eve"],
  ["2027-01-01", "Jour de l'An", "New Year's Day"],
  ["2027-03-26", "Vendredi saint", "Good Friday"],
  ["2027-03-29", "Lundi de Pâques", "Easter Monday"],
  ["2027-05-24", "Journée nationale des patriotes", "National Patriots' Day"],
  ["2027-06-24", "Fête nationale du Québec", "Québec National Holiday"],
  ["2027-07-01", "Fête du Canada", "Canada Day"],
];

const NOTES: Partial<Record<SchedulePattern, [string, string]>> = {
  appointment: [
    "Sur rendez-vous seulement. Téléphonez avant de vous déplacer.",
    "By appointment only. Please call before coming.",
  ],
  overnight: ["Accueil jusqu'à 23 h ; départ à 7 h.", "Check-in until 11 p.m.; check-out at 7 a.m."],
  always: ["Ouvert 24 heures sur 24, 7 jours sur 7.", "Open 24 hours a day, 7 days a week."],
};

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export type ScheduleRows = {
  schedule: Row<"schedule">[];
  scheduleRange: Row<"scheduleRange">[];
  scheduleClosure: Row<"scheduleClosure">[];
};

type Owner = { service_id?: string; location_id?: string };

export function generateSchedules(random: Random, owner: Owner, pattern: SchedulePattern, out: ScheduleRows) {
  const base = addSchedule(random, owner, pattern === "always" ? [] : PATTERNS[pattern], out, {
    always: pattern === "always",
    notes:
      NOTES[pattern] ??
      (random.chance(0.08) ? ["Fermé le dernier vendredi du mois.", "Closed on the last Friday of the month."] : null),
  });
  // Day programs close on holidays; 24/7 lines and shelters don't.
  if (!["always", "overnight"].includes(pattern) && random.chance(0.35)) {
    for (const [date, fr, en] of random.sample(HOLIDAYS, random.int(2, 6)).sort((a, b) => a[0].localeCompare(b[0])))
      out.scheduleClosure.push({ id: random.uuid(), schedule_id: base, date, reason_fr: fr, reason_en: en });
  }
  // Seasonal hours: a dated schedule wins over the open-ended one while it is valid.
  if (["office", "split", "daytime", "appointment"].includes(pattern) && random.chance(0.12)) {
    const year = random.pick([2026, 2027]);
    addSchedule(random, owner, SUMMER, out, {
      validFrom: `${year}-06-21`,
      validTo: `${year}-08-27`,
      notes: ["Horaire d'été.", "Summer hours."],
    });
  }
}

function addSchedule(
  random: Random,
  owner: Owner,
  ranges: Range[],
  out: ScheduleRows,
  options: { always?: boolean; validFrom?: string; validTo?: string; notes?: [string, string] | null },
) {
  const id = random.uuid();
  out.schedule.push({
    id,
    service_id: owner.service_id ?? null,
    location_id: owner.location_id ?? null,
    service_at_location_id: null,
    valid_from: options.validFrom ?? null,
    valid_to: options.validTo ?? null,
    always_open: options.always ?? false,
    notes_fr: options.notes?.[0] ?? null,
    notes_en: options.notes?.[1] ?? null,
  });
  for (const [days, opens, closes] of ranges)
    for (const weekday of days)
      out.scheduleRange.push({
        id: random.uuid(),
        schedule_id: id,
        weekday,
        opens_at: minutes(opens),
        closes_at: minutes(closes),
      });
  return id;
}

/** Winter-only shelters: open-ended hours would wrongly show them open in July. */
export function generateWinterSchedule(random: Random, owner: Owner, out: ScheduleRows) {
  addSchedule(random, owner, PATTERNS.overnight, out, {
    validFrom: "2026-11-15",
    validTo: "2027-04-15",
    notes: [
      "Ouvert seulement en hiver, du 15 novembre au 15 avril.",
      "Open in winter only, from November 15 to April 15.",
    ],
  });
}
