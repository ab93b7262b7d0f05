import { describe, expect, it } from "vitest";
import { formatDate, formatRange, formatTime, isCurrentOrFuture, weekdayName, weeklyRows } from "./format-hours";

describe("formatTime", () => {
  it("writes French times with h", () => {
    expect(formatTime(9 * 60, "fr")).toBe("9 h");
    expect(formatTime(9 * 60 + 30, "fr")).toBe("9 h 30");
    expect(formatTime(21 * 60 + 5, "fr")).toBe("21 h 05");
    expect(formatTime(0, "fr")).toBe("0 h");
    expect(formatTime(0, "fr", { closing: true })).toBe("24 h");
  });

  it("writes English times on a 12-hour clock", () => {
    expect(formatTime(9 * 60, "en")).toBe("9 a.m.");
    expect(formatTime(21 * 60 + 30, "en")).toBe("9:30 p.m.");
    expect(formatTime(12 * 60, "en")).toBe("noon");
    expect(formatTime(0, "en")).toBe("midnight");
    expect(formatTime(12 * 60 + 15, "en")).toBe("12:15 p.m.");
    expect(formatTime(15, "en")).toBe("12:15 a.m.");
  });
});

describe("formatRange", () => {
  it("marks ranges past midnight as ending the next day", () => {
    expect(formatRange(21 * 60, 7 * 60, "fr")).toEqual({ text: "21 h – 7 h", endsNextDay: true, allDay: false });
    expect(formatRange(21 * 60, 7 * 60, "en")).toEqual({
      text: "9 p.m. – 7 a.m.",
      endsNextDay: true,
      allDay: false,
    });
  });

  it("does not call a range closing at midnight a next-day range", () => {
    expect(formatRange(18 * 60, 0, "fr")).toEqual({ text: "18 h – 24 h", endsNextDay: false, allDay: false });
    expect(formatRange(18 * 60, 0, "en").text).toBe("6 p.m. – midnight");
  });

  it("treats equal opening and closing minutes as open all day", () => {
    expect(formatRange(0, 0, "fr").allDay).toBe(true);
  });
});

describe("weeklyRows", () => {
  it("lists Monday to Sunday with several ranges per day in order and closed days empty", () => {
    const rows = weeklyRows(
      [
        { weekday: 1, opensAt: 13 * 60, closesAt: 16 * 60 },
        { weekday: 1, opensAt: 9 * 60, closesAt: 12 * 60 },
        { weekday: 5, opensAt: 21 * 60, closesAt: 7 * 60 },
      ],
      "fr",
    );
    expect(rows.map((row) => row.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[0].ranges.map((range) => range.text)).toEqual(["9 h – 12 h", "13 h – 16 h"]);
    expect(rows[1].ranges).toEqual([]);
    expect(rows[4].ranges[0].endsNextDay).toBe(true);
  });
});

describe("dates", () => {
  it("names weekdays in the page's language", () => {
    expect(weekdayName(1, "fr")).toBe("Lundi");
    expect(weekdayName(7, "en")).toBe("Sunday");
  });

  it("formats calendar dates without shifting them by the time zone", () => {
    expect(formatDate(new Date("2025-06-01T00:00:00Z"), "fr")).toBe("1 juin 2025");
    expect(formatDate(new Date("2025-06-01T00:00:00Z"), "en")).toBe("June 1, 2025");
  });

  it("keeps open-ended and unexpired schedules only", () => {
    expect(isCurrentOrFuture(null, "2025-06-01")).toBe(true);
    expect(isCurrentOrFuture(new Date("2025-06-01T00:00:00Z"), "2025-06-01")).toBe(true);
    expect(isCurrentOrFuture(new Date("2025-05-31T00:00:00Z"), "2025-06-01")).toBe(false);
  });
});
