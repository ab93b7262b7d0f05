import { describe, expect, it } from "vitest";
import { isOpenAt } from "./is-open-at";
import { localTime } from "./local-time";
import { nextOpening } from "./next-opening";
import type { OpeningSchedule } from "./types";

const schedule = (overrides: Partial<OpeningSchedule> = {}): OpeningSchedule => ({
  validFrom: null,
  validTo: null,
  alwaysOpen: false,
  ranges: [],
  closures: [],
  ...overrides,
});
const hhmm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
const weekdays = (from: string, to: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: hhmm(from), closesAt: hhmm(to) }));
// Winter (EST, UTC−5) and summer (EDT, UTC−4) instants given in Québec local time.
const est = (local: string) => new Date(`${local}:00-05:00`);
const edt = (local: string) => new Date(`${local}:00-04:00`);

describe("localTime", () => {
  it("reads the local date, weekday and minute across DST", () => {
    expect(localTime(new Date("2026-01-09T14:30:00Z"))).toEqual({
      date: "2026-01-09",
      weekday: 5,
      minute: 9 * 60 + 30,
    });
    expect(localTime(new Date("2026-07-03T14:30:00Z"))).toEqual({
      date: "2026-07-03",
      weekday: 5,
      minute: 10 * 60 + 30,
    });
    // 03:00 UTC on Saturday is still Friday evening in Québec.
    expect(localTime(new Date("2026-01-10T03:00:00Z")).weekday).toBe(5);
  });
});

describe("isOpenAt", () => {
  const office = [schedule({ ranges: weekdays("09:00", "17:00") })];

  it("is null without hours", () => {
    expect(isOpenAt([], est("2026-01-09T10:00"))).toBeNull();
    expect(isOpenAt(null, est("2026-01-09T10:00"))).toBeNull();
  });

  it("opens at the opening minute and closes at the closing minute", () => {
    expect(isOpenAt(office, est("2026-01-09T08:59"))).toBe(false);
    expect(isOpenAt(office, est("2026-01-09T09:00"))).toBe(true);
    expect(isOpenAt(office, est("2026-01-09T16:59"))).toBe(true);
    expect(isOpenAt(office, est("2026-01-09T17:00"))).toBe(false);
    expect(isOpenAt(office, est("2026-01-10T10:00"))).toBe(false); // Saturday
  });

  it("uses local time in summer too (DST)", () => {
    expect(isOpenAt(office, edt("2026-07-03T09:30"))).toBe(true);
    expect(isOpenAt(office, edt("2026-07-03T17:30"))).toBe(false);
    // 13:30 UTC is 09:30 EDT but 08:30 EST: the rule must follow the date's offset.
    expect(isOpenAt(office, new Date("2026-07-03T13:30:00Z"))).toBe(true);
    expect(isOpenAt(office, new Date("2026-01-09T13:30:00Z"))).toBe(false);
  });

  it("handles a range past midnight: Friday 21:00–07:00 is open Saturday 03:00", () => {
    const night = [schedule({ ranges: [{ weekday: 5, opensAt: hhmm("21:00"), closesAt: hhmm("07:00") }] })];
    expect(isOpenAt(night, est("2026-01-09T20:59"))).toBe(false);
    expect(isOpenAt(night, est("2026-01-09T23:30"))).toBe(true);
    expect(isOpenAt(night, est("2026-01-10T03:00"))).toBe(true);
    expect(isOpenAt(night, est("2026-01-10T07:00"))).toBe(false);
    expect(isOpenAt(night, est("2026-01-11T03:00"))).toBe(false); // Sunday: no Saturday range
  });

  it("wraps from Sunday night into Monday morning", () => {
    const sunday = [schedule({ ranges: [{ weekday: 7, opensAt: hhmm("22:00"), closesAt: hhmm("02:00") }] })];
    expect(isOpenAt(sunday, est("2026-01-12T01:00"))).toBe(true); // Monday 01:00
    expect(isOpenAt(sunday, est("2026-01-12T02:00"))).toBe(false);
  });

  it("is closed on a closure date, and the night range that started before it still runs", () => {
    const closed = [
      schedule({
        ranges: [...weekdays("09:00", "17:00"), { weekday: 4, opensAt: 1260, closesAt: 420 }],
        closures: ["2026-01-09"],
      }),
    ];
    expect(isOpenAt(closed, est("2026-01-09T10:00"))).toBe(false);
    expect(isOpenAt(closed, est("2026-01-09T03:00"))).toBe(true); // Thursday night's range
    expect(isOpenAt(closed, est("2026-01-08T10:00"))).toBe(true);
  });

  it("prefers a seasonal schedule valid on the date over the open-ended one", () => {
    const schedules = [
      schedule({ ranges: weekdays("09:00", "17:00") }),
      schedule({ validFrom: "2026-06-24", validTo: "2026-09-01", ranges: weekdays("08:00", "12:00") }),
    ];
    expect(isOpenAt(schedules, edt("2026-07-03T14:00"))).toBe(false); // summer hours end at noon
    expect(isOpenAt(schedules, edt("2026-07-03T08:30"))).toBe(true);
    expect(isOpenAt(schedules, edt("2026-09-04T14:00"))).toBe(true); // season over
  });

  it("ignores a seasonal schedule outside its dates", () => {
    const seasonal = [schedule({ validFrom: "2026-12-01", validTo: "2027-03-31", alwaysOpen: true })];
    expect(isOpenAt(seasonal, est("2026-12-25T03:00"))).toBe(true);
    expect(isOpenAt(seasonal, edt("2026-07-03T12:00"))).toBe(false);
  });

  it("always open is open at any time, except on a closure date", () => {
    const always = [schedule({ alwaysOpen: true, closures: ["2026-12-25"] })];
    expect(isOpenAt(always, est("2026-01-10T04:00"))).toBe(true);
    expect(isOpenAt(always, est("2026-12-25T12:00"))).toBe(false);
  });
});

describe("nextOpening", () => {
  const office = [schedule({ ranges: weekdays("09:00", "17:00"), closures: ["2026-01-12"] })];

  it("is null while open or without hours", () => {
    expect(nextOpening(office, est("2026-01-09T10:00"))).toBeNull();
    expect(nextOpening([], est("2026-01-09T10:00"))).toBeNull();
  });

  it("finds later today, or the next open day skipping weekends and closures", () => {
    expect(nextOpening(office, est("2026-01-08T07:00"))).toEqual({ date: "2026-01-08", minute: 540, weekday: 4 });
    // Friday evening → Monday is closed → Tuesday 09:00.
    expect(nextOpening(office, est("2026-01-09T18:00"))).toEqual({ date: "2026-01-13", minute: 540, weekday: 2 });
  });
});
