import { describe, expect, it } from "vitest";
import { cleanQuery, firstOf, valuesOf, without, withPage } from "./search-url";

describe("search URLs", () => {
  const params = {
    q: "banque",
    category: ["FOOD", "HOUSING"],
    region: "03",
    page: "3",
    free: "",
    near: "G6V",
    radius_km: "10",
  };

  it("drops empty values and keeps repeated ones", () => {
    expect(cleanQuery(params)).toEqual({
      q: "banque",
      category: ["FOOD", "HOUSING"],
      region: "03",
      page: "3",
      near: "G6V",
      radius_km: "10",
    });
    expect(valuesOf(params, "category")).toEqual(["FOOD", "HOUSING"]);
    expect(firstOf(params, "free")).toBe("");
  });

  it("moves to another page, page 1 being the bare search", () => {
    expect(withPage(params, 4).page).toBe("4");
    expect(withPage(params, 1)).not.toHaveProperty("page");
  });

  it("removes one filter, or one category among several, and returns to page 1", () => {
    expect(without(params, "region")).not.toHaveProperty("region");
    expect(without(params, "region")).not.toHaveProperty("page");
    expect(without(params, "category", "FOOD").category).toBe("HOUSING");
    expect(without({ category: "FOOD" }, "category", "FOOD")).toEqual({});
  });

  it("drops the radius with the place it measures from", () => {
    expect(without(params, "near")).not.toHaveProperty("radius_km");
  });
});

describe("search URL helpers with parameters named like inherited members", () => {
  // What Next.js hands a page for ?q=aide&constructor=x (it tests `key in object`).
  const raw = { q: "aide", constructor: [Object, "x"] } as unknown as Record<string, string | string[]>;

  it("keep only own string values", () => {
    expect(firstOf(raw, "q")).toBe("aide");
    expect(valuesOf(raw, "constructor")).toEqual(["x"]);
    expect(valuesOf({ q: "aide" }, "toString")).toEqual([]);
    expect(cleanQuery(raw)).toEqual({ q: "aide", constructor: "x" });
    expect(withPage(raw, 2)).toEqual({ q: "aide", constructor: "x", page: "2" });
  });
});
