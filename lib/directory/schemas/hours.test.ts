import { describe, expect, it } from "vitest";
import { findOverlaps, formatTime, parseTime, scheduleInput, scheduleList } from "./hours";
import { fieldErrorsOf } from "../validate";

describe("parseTime", () => {
  it.each([
    ["09:00", 540],
    ["9:30", 570],
    ["9h", 540],
    ["17 h 45", 1065],
    ["0:00", 0],
  ])("%s → %i", (text, minutes) => expect(parseTime(text)).toBe(minutes));

  it("accepts 24:00 only as a closing time", () => {
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("24:00", true)).toBe(1440);
    expect(parseTime("12:60")).toBeNull();
    expect(parseTime("noon")).toBeNull();
    expect(formatTime(1440)).toBe("24:00");
    expect(formatTime(570)).toBe("09:30");
  });
});

describe("findOverlaps", () => {
  it("finds two ranges on one day that overlap, not ones that touch", () => {
    expect(
      findOverlaps([
        { weekday: 1, opensAt: 540, closesAt: 720 },
        { weekday: 1, opensAt: 720, closesAt: 960 },
      ]).size,
    ).toBe(0);
    expect([
      ...findOverlaps([
        { weekday: 1, opensAt: 540, closesAt: 720 },
        { weekday: 1, opensAt: 700, closesAt: 960 },
      ]),
    ]).toEqual([1]);
  });

  it("sees a range past midnight run into the next morning, Sunday into Monday too", () => {
    const night = { weekday: 7, opensAt: 21 * 60, closesAt: 7 * 60 };
    expect([...findOverlaps([night, { weekday: 1, opensAt: 6 * 60, closesAt: 9 * 60 }])]).toEqual([1]);
    expect(findOverlaps([night, { weekday: 1, opensAt: 8 * 60, closesAt: 9 * 60 }]).size).toBe(0);
  });
});

describe("scheduleInput", () => {
  it("keeps several ranges per day and ranges past midnight", () => {
    const result = scheduleInput.parse({
      d1: [
        { opens: "09:00", closes: "12:00" },
        { opens: "13:00", closes: "16:30" },
        { opens: "", closes: "" },
      ],
      d5: [{ opens: "21:00", closes: "07:00" }],
      validFrom: "2026-06-01",
      validTo: "2026-09-01",
    });
    expect(result.ranges).toEqual([
      { weekday: 1, opensAt: 540, closesAt: 720 },
      { weekday: 1, opensAt: 780, closesAt: 990 },
      { weekday: 5, opensAt: 1260, closesAt: 420 },
    ]);
  });

  it("reports every inconsistent range at once, on the field to fix", () => {
    const result = scheduleInput.safeParse({
      d1: [
        { opens: "09:00", closes: "12:00" },
        { opens: "11:00", closes: "14:00" },
      ],
      d2: [{ opens: "10:00", closes: "10:00" }],
      d3: [{ opens: "25:00", closes: "" }],
      validFrom: "2026-09-01",
      validTo: "2026-06-01",
      closures: [{ date: "", reasonFr: "Férié" }],
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      "d1.1.opens": ["rangeOverlap"],
      "d2.0.closes": ["rangeEmpty"],
      "d3.0.opens": ["timeInvalid"],
      "d3.0.closes": ["required"],
      validTo: ["dateOrder"],
      "closures.0.date": ["required"],
    });
  });

  it("drops schedules left blank", () => {
    expect(scheduleList.parse([{ d1: [{ opens: "", closes: "" }] }, { alwaysOpen: "on" }])).toHaveLength(1);
  });
});
