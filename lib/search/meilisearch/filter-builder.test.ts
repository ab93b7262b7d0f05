import { describe, expect, it } from "vitest";
import type { SearchQuery } from "../types";
import { buildFilter, geoRadius, geoSort, quote, UnsafeFilterValue } from "./filter-builder";

const base: SearchQuery = { q: "", locale: "fr", categories: [], page: 1, perPage: 20 };
const wednesdayTen = new Date("2026-12-02T15:00:00Z");

describe("buildFilter", () => {
  it("adds nothing for an empty query", () => {
    expect(buildFilter(base)).toEqual([]);
  });

  it("ORs categories and ANDs every other filter", () => {
    const filter = buildFilter({
      ...base,
      categories: ["FOOD", "HOUSING.SHELTER"],
      region: "12",
      municipality: "saint-georges",
      language: "en",
      accessible: true,
      free: true,
      age: 16,
    });
    expect(filter).toEqual([
      ['category_codes = "FOOD"', 'category_codes = "HOUSING.SHELTER"'],
      'regions = "12"',
      'municipalities = "saint-georges"',
      'languages = "en"',
      "accessible = true",
      "free = true",
      "min_age <= 16",
      "max_age >= 16",
    ]);
  });

  it("asks for the current 5-minute slot and excludes today's closures when open now", () => {
    const filter = buildFilter({ ...base, openNow: true, now: wednesdayTen });
    // Wednesday = day 3: (2 × 1440 + 600) / 5 = 696.
    expect(filter).toEqual([
      ["always_open = true", "open_hours = 58", "open_slots = 696"],
      'NOT closed_dates = "2026-12-02"',
    ]);
  });

  it("writes geo radius and sort in fixed notation", () => {
    expect(geoRadius({ lat: 46.8, lng: -71.2 }, 2.5)).toBe("_geoRadius(46.800000, -71.200000, 2500)");
    expect(geoSort({ lat: 1e-7, lng: 0 })).toBe("_geoPoint(0.000000, 0.000000):asc");
    const near = { lat: 46.8, lng: -71.2, label: "Québec" };
    expect(buildFilter({ ...base, near, radiusKm: 10 })).toEqual(["_geoRadius(46.800000, -71.200000, 10000)"]);
  });
});

describe("hostile values cannot break out of a filter", () => {
  const hostile = ['FOOD" OR status = "inactive', "FOOD OR 1 = 1", 'x" OR "y', "FOOD\\", "FOOD)", "", "a".repeat(500)];

  it.each(hostile)("refuses category %j", (value) => {
    expect(() => buildFilter({ ...base, categories: [value] })).toThrow(UnsafeFilterValue);
  });

  it("refuses municipality, language and region values outside their shapes", () => {
    expect(() => buildFilter({ ...base, municipality: 'a" OR regions EXISTS OR "b' })).toThrow(UnsafeFilterValue);
    expect(() => buildFilter({ ...base, language: "fr OR 1" })).toThrow(UnsafeFilterValue);
    expect(() => buildFilter({ ...base, region: "03 OR x" as never })).toThrow(UnsafeFilterValue);
  });

  it("refuses non-finite or out-of-range numbers", () => {
    expect(() => buildFilter({ ...base, age: Number.NaN })).toThrow(UnsafeFilterValue);
    expect(() => buildFilter({ ...base, age: "1 OR 1" as never })).toThrow(UnsafeFilterValue);
    expect(() => geoRadius({ lat: Infinity, lng: 0 }, 1)).toThrow(UnsafeFilterValue);
    expect(() => geoRadius({ lat: 0, lng: 0 }, -1)).toThrow(UnsafeFilterValue);
  });

  it("quotes so that a quote or backslash stays inside the string", () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote("a\\")).toBe('"a\\\\"');
    expect(quote('\\" OR x')).toBe('"\\\\\\" OR x"');
  });
});
