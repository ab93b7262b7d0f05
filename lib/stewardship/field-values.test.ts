import { describe, expect, it } from "vitest";
import { describeValue, hoursText, sameValue, type ScheduleValue } from "./field-values";

const words = { alwaysOpen: "24 h sur 24", closed: "Fermé", closures: "Fermé le" };
const week = (ranges: ScheduleValue["ranges"], extra: Partial<ScheduleValue> = {}): ScheduleValue => ({
  validFrom: null,
  validTo: null,
  alwaysOpen: false,
  notesFr: null,
  notesEn: null,
  ranges,
  closures: [],
  ...extra,
});

describe("hoursText", () => {
  it("reads as days and ranges, not JSON", () => {
    const hours = [
      week([
        { weekday: 1, opens: "09:00", closes: "17:00" },
        { weekday: 2, opens: "09:00", closes: "12:00" },
        { weekday: 2, opens: "13:00", closes: "16:30" },
      ]),
    ];
    expect(hoursText(hours, "fr", words)).toBe("Lun 9:00–17:00 · Mar 9:00–12:00, 13:00–16:30");
    expect(hoursText(hours, "en", words)).toBe("Mon 9:00–17:00 · Tue 9:00–12:00, 13:00–16:30");
  });

  it("says always open, closed, seasonal dates, notes and closures", () => {
    expect(hoursText([week([], { alwaysOpen: true })], "fr", words)).toBe("24 h sur 24");
    expect(
      hoursText(
        [
          week([], {
            validFrom: "2026-06-01",
            validTo: "2026-08-31",
            notesFr: "Sur rendez-vous",
            closures: [{ date: "2026-06-24", reasonFr: null, reasonEn: null }],
          }),
        ],
        "fr",
        words,
      ),
    ).toBe("2026-06-01 → 2026-08-31 : Fermé (Sur rendez-vous) Fermé le 2026-06-24");
  });
});

describe("describeValue", () => {
  const context = { locale: "fr" as const, empty: "(vide)", hours: words, municipalities: new Map([["m1", "Lévis"]]) };
  it("names municipalities, lists phones, marks empty values", () => {
    expect(describeValue("municipalityId", "m1", context)).toBe("Lévis");
    expect(describeValue("phones", [{ number: "418 555-0101", extension: "12" }], context)).toBe("418 555-0101 #12");
    expect(describeValue("schedules", [], context)).toBe("(vide)");
    expect(describeValue("email", null, context)).toBe("(vide)");
  });
});

describe("sameValue", () => {
  it("ignores key order (jsonb) but not values", () => {
    expect(sameValue({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  });
});
