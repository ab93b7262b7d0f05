import { describe, expect, it } from "vitest";
import type { PublicSchedule } from "./get-service";
import { jsonForScript, openingHoursSpecification } from "./service-json-ld";

const schedule = (overrides: Partial<PublicSchedule>): PublicSchedule =>
  ({
    id: "s",
    validFrom: null,
    validTo: null,
    alwaysOpen: false,
    ranges: [],
    closures: [],
    notes: null,
    ...overrides,
  }) as PublicSchedule;

describe("jsonForScript", () => {
  it("escapes < so record text cannot close the script element", () => {
    const json = jsonForScript({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>");
  });
});

describe("openingHoursSpecification", () => {
  it("gives one entry per weekly range, with seasonal validity", () => {
    const specs = openingHoursSpecification([
      schedule({
        validFrom: new Date("2026-06-01"),
        validTo: new Date("2026-08-31"),
        ranges: [{ id: "r", scheduleId: "s", weekday: 5, opensAt: 21 * 60, closesAt: 7 * 60 }],
      }),
    ]);
    expect(specs).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: "Friday",
        opens: "21:00",
        closes: "07:00",
        validFrom: "2026-06-01",
        validThrough: "2026-08-31",
      },
    ]);
  });

  it("describes an always-open schedule as every day, all day", () => {
    const [spec] = openingHoursSpecification([schedule({ alwaysOpen: true })]);
    expect(spec.dayOfWeek).toHaveLength(7);
    expect([spec.opens, spec.closes]).toEqual(["00:00", "23:59"]);
  });
});
