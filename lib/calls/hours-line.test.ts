import { describe, expect, it } from "vitest";
import type { OpeningSchedule } from "@/lib/hours/types";
import { hoursLine } from "./hours-line";

const weekdays9to17: OpeningSchedule[] = [
  {
    validFrom: null,
    validTo: null,
    alwaysOpen: false,
    ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 540, closesAt: 1020 })),
    closures: [],
  },
];

// 2026-12-02 is a Wednesday; Québec is UTC-5 in December.
const at = (local: string) => new Date(`${local}-05:00`);

describe("hoursLine (Québec time)", () => {
  it("open, closing in 25 minutes", () => {
    expect(hoursLine(weekdays9to17, at("2026-12-02T16:35:00"))).toEqual({
      state: "open",
      closesInMinutes: 25,
      closesAt: 1020,
    });
  });

  it("closed in the evening: opens tomorrow at 9:00", () => {
    expect(hoursLine(weekdays9to17, at("2026-12-02T19:00:00"))).toEqual({
      state: "closed",
      next: { when: "tomorrow", date: "2026-12-03", minute: 540 },
    });
  });

  it("closed early in the morning: opens today", () => {
    expect(hoursLine(weekdays9to17, at("2026-12-02T07:00:00"))).toMatchObject({ next: { when: "today" } });
  });

  it("always open has no closing time; no hours → null", () => {
    const always = [{ ...weekdays9to17[0], alwaysOpen: true, ranges: [] }];
    expect(hoursLine(always, at("2026-12-02T03:00:00"))).toEqual({
      state: "open",
      closesInMinutes: null,
      closesAt: null,
    });
    expect(hoursLine(null, at("2026-12-02T03:00:00"))).toBeNull();
  });

  it("an overnight range closes the next morning", () => {
    const night = [{ ...weekdays9to17[0], ranges: [{ weekday: 3, opensAt: 1260, closesAt: 420 }] }];
    expect(hoursLine(night, at("2026-12-02T23:00:00"))).toMatchObject({ state: "open", closesInMinutes: 480 });
  });
});
