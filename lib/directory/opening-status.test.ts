import { describe, expect, it } from "vitest";
import { openingStatus, toOpeningSchedules } from "./opening-status";

const weekly = (ranges: [number, number, number][], extra: Partial<{ closures: { date: Date }[] }> = {}) => ({
  validFrom: null,
  validTo: null,
  alwaysOpen: false,
  ranges: ranges.map(([weekday, opensAt, closesAt]) => ({ weekday, opensAt, closesAt })),
  closures: extra.closures ?? [],
});

// 2026-11-02 is a Monday; Toronto is UTC−5 in November.
const at = (local: string) => new Date(`${local}-05:00`);

describe("openingStatus", () => {
  it("is null without hours", () => {
    expect(openingStatus([], at("2026-11-02T10:00:00"))).toBeNull();
  });

  it("is open inside a range", () => {
    expect(openingStatus([weekly([[1, 540, 1020]])], at("2026-11-02T10:00:00"))).toEqual({ open: true });
  });

  it("says when it opens later today, tomorrow, this week or later", () => {
    const schedules = [
      weekly([
        [1, 780, 960],
        [2, 540, 600],
        [5, 540, 600],
      ]),
    ];
    expect(openingStatus(schedules, at("2026-11-02T12:00:00"))).toMatchObject({
      open: false,
      next: { when: "today", minute: 780 },
    });
    expect(openingStatus(schedules, at("2026-11-02T17:00:00"))).toMatchObject({
      next: { when: "tomorrow", minute: 540 },
    });
    expect(openingStatus(schedules, at("2026-11-03T11:00:00"))).toMatchObject({
      next: { when: "thisWeek", weekday: 5 },
    });
    const closedFriday = [weekly([[5, 540, 600]], { closures: [{ date: new Date("2026-11-06") }] })];
    expect(openingStatus(closedFriday, at("2026-11-03T11:00:00"))).toMatchObject({
      next: { when: "later", date: "2026-11-13" },
    });
  });

  it("counts a range past midnight as open the next morning", () => {
    expect(openingStatus([weekly([[5, 21 * 60, 7 * 60]])], at("2026-11-07T03:00:00"))).toEqual({ open: true });
  });
});

describe("toOpeningSchedules", () => {
  it("turns stored dates into local calendar dates", () => {
    const [schedule] = toOpeningSchedules([
      { ...weekly([]), validFrom: new Date("2026-06-01"), closures: [{ date: new Date("2026-06-24") }] },
    ]);
    expect(schedule.validFrom).toBe("2026-06-01");
    expect(schedule.closures).toEqual(["2026-06-24"]);
  });
});
