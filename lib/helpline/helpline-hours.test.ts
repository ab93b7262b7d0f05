import { describe, expect, it, vi } from "vitest";
import { describeHelplineHours, parseHelplineHours } from "./helpline-hours";

describe("helpline hours", () => {
  it("defaults to Monday–Friday 9:00–18:00", () => {
    expect(parseHelplineHours(undefined)).toEqual({ firstDay: 1, lastDay: 5, opens: "09:00", closes: "18:00" });
  });

  it("reads a configured value", () => {
    expect(parseHelplineHours("1-7 08:00-21:30")).toEqual({ firstDay: 1, lastDay: 7, opens: "08:00", closes: "21:30" });
  });

  it("falls back to the default, with a warning, on a malformed value", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(parseHelplineHours("weekdays 9-5")).toEqual(parseHelplineHours(undefined));
    expect(warn).toHaveBeenCalledOnce();
  });

  it("describes the hours in French and English", () => {
    const hours = parseHelplineHours("1-5 09:00-18:30");
    expect(describeHelplineHours(hours, "fr")).toEqual({
      days: "du lundi au vendredi",
      opens: "9 h",
      closes: "18 h 30",
    });
    expect(describeHelplineHours(hours, "en")).toEqual({
      days: "Monday to Friday",
      opens: "9:00 a.m.",
      closes: "6:30 p.m.",
    });
  });
});
