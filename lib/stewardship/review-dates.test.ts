import { describe, expect, it } from "vitest";
import { addMonths, startOfDay } from "./review-dates";

describe("review dates", () => {
  it("adds months as calendar months, clamping to the month's end", () => {
    expect(addMonths(new Date("2026-12-02T15:00:00Z"), 12).toISOString()).toBe("2027-12-02T00:00:00.000Z");
    expect(addMonths(new Date("2027-01-31T10:00:00Z"), 1).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(addMonths(new Date("2026-11-30T10:00:00Z"), 6).toISOString()).toBe("2027-05-30T00:00:00.000Z");
  });
  it("gives the day's start in UTC", () => {
    expect(startOfDay(new Date("2026-12-02T23:59:00Z")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
});
