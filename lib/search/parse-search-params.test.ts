import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./parse-search-params";

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs), "fr");

describe("parseSearchParams", () => {
  it("reads every parameter, with repeatable categories", () => {
    const result = parse(
      "q=banque&category=FOOD&category=FOOD.BANK&region=12&municipality=Levis&language=EN&accessible=1&free=1&age=70&open_now=1&near=G6V&radius_km=15&page=2&per_page=10",
    );
    expect(result).toEqual({
      ok: true,
      nearText: "G6V",
      query: {
        q: "banque",
        locale: "fr",
        categories: ["FOOD", "FOOD.BANK"],
        region: "12",
        municipality: "levis",
        language: "en",
        accessible: true,
        free: true,
        openNow: true,
        age: 70,
        radiusKm: 15,
        page: 2,
        perPage: 10,
      },
    });
  });

  it("has defaults and ignores unknown parameters and empty values", () => {
    const result = parse("unknown=1&region=&age=&accessible=");
    expect(result.ok && result.query).toMatchObject({ q: "", categories: [], page: 1, perPage: 20 });
    expect(result.ok && result.query.region).toBeUndefined();
  });

  it("accepts a plain-object form (Next searchParams)", () => {
    const result = parseSearchParams({ q: ["a", "b"], category: "LEGAL", page: "3" }, "en");
    expect(result.ok && result.query).toMatchObject({ q: "a", categories: ["LEGAL"], page: 3, locale: "en" });
  });

  it("refuses out-of-range values with a message per field, all at once", () => {
    const result = parse("page=-1&per_page=1000000000&age=abc&region=06&accessible=yes");
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        page: ["fields.pageRange"],
        per_page: ["fields.perPageRange"],
        age: ["fields.integer"],
        region: ["fields.region"],
        accessible: ["fields.flag"],
      },
    });
    expect(parse("radius_km=5")).toEqual({ ok: false, fieldErrors: { radius_km: ["fields.radiusNeedsNear"] } });
    expect(parse("page=0").ok).toBe(false);
    expect(parse("per_page=51")).toEqual({ ok: false, fieldErrors: { per_page: ["fields.perPageRange"] } });
    expect(parse("category=FOOD%27%3B").ok).toBe(false);
  });

  it("never refuses the text, however hostile", () => {
    const result = parse(`q=${encodeURIComponent("\u0000:* & | ! ( ) '" + "x".repeat(10_000))}`);
    expect(result.ok).toBe(true);
    expect(result.ok && result.query.q.length).toBeLessThanOrEqual(1000);
    expect(result.ok && result.query.q.includes("\u0000")).toBe(false);
  });
});

describe("parseSearchParams with parameters named like Object.prototype members", () => {
  const NAMES = [
    "constructor",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "__proto__",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "__defineGetter__",
  ];

  it.each(NAMES)("ignores %s in a query string", (name) => {
    const result = parse(`${name}=x&q=banque`);
    expect(result.ok && result.query.q).toBe("banque");
  });

  it.each(NAMES)("ignores %s in a plain-object form", (name) => {
    const params: Record<string, string> = JSON.parse(`{"${name}": "x", "q": "banque"}`);
    const result = parseSearchParams(params, "fr");
    expect(result.ok && result.query.q).toBe("banque");
  });
});

describe("parseSearchParams refuses what an engine would refuse", () => {
  it.each(["a..b", ".a", "a.", "a b"])("category %s is a field error", (value) => {
    const result = parse(`category=${encodeURIComponent(value)}`);
    expect(result).toEqual({ ok: false, fieldErrors: { category: ["fields.category"] } });
  });

  it.each(["-levis", "levis-", "a--b"])("municipality %s is a field error", (value) => {
    expect(parse(`municipality=${value}`)).toEqual({
      ok: false,
      fieldErrors: { municipality: ["fields.municipality"] },
    });
  });
});
