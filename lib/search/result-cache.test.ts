import { describe, expect, it } from "vitest";
import { ResultCache, cacheKey, epochOf } from "./result-cache";
import type { SearchQuery } from "./types";

const query = (change: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "banque alimentaire",
  locale: "fr",
  categories: [],
  page: 1,
  perPage: 20,
  ...change,
});

describe("cacheKey", () => {
  it("is one key for one search, whatever the order of its categories", () => {
    expect(cacheKey("postgres", query({ categories: ["FOOD", "HEALTH"] }))).toBe(
      cacheKey("postgres", query({ categories: ["HEALTH", "FOOD"] })),
    );
  });

  it("differs for every parameter that shapes a result, and for the engine", () => {
    const keys = [
      cacheKey("postgres", query()),
      cacheKey("meilisearch", query()),
      cacheKey("postgres", query({ locale: "en" })),
      cacheKey("postgres", query({ q: "banque" })),
      cacheKey("postgres", query({ categories: ["FOOD"] })),
      cacheKey("postgres", query({ region: "12" })),
      cacheKey("postgres", query({ municipality: "levis" })),
      cacheKey("postgres", query({ language: "en" })),
      cacheKey("postgres", query({ accessible: true })),
      cacheKey("postgres", query({ free: true })),
      cacheKey("postgres", query({ age: 70 })),
      cacheKey("postgres", query({ openNow: true })),
      cacheKey("postgres", query({ near: { lat: 46.8, lng: -71.2, label: "G1K" } })),
      cacheKey("postgres", query({ near: { lat: 46.8, lng: -71.2, label: "G1K" }, radiusKm: 5 })),
      cacheKey("postgres", query({ page: 2 })),
      cacheKey("postgres", query({ perPage: 5 })),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("epochOf", () => {
  it("changes with the generation and with the minute, not within a minute", () => {
    const noon = Date.UTC(2026, 11, 2, 17, 0, 0);
    expect(epochOf(3, noon)).toBe(epochOf(3, noon + 59_999));
    expect(epochOf(3, noon)).not.toBe(epochOf(3, noon + 60_000));
    expect(epochOf(3, noon)).not.toBe(epochOf(4, noon));
  });
});

describe("ResultCache", () => {
  it("serves what was kept in the same epoch only", () => {
    const cache = new ResultCache<string>(10);
    cache.set("a", "A", "1:0", "1:0");
    expect(cache.get("a", "1:0")).toBe("A");
    expect(cache.get("a", "2:0")).toBeUndefined();
    expect(cache.get("a", "1:0")).toBeUndefined(); // a newer epoch forgot everything
  });

  it("does not keep a result computed while the epoch moved", () => {
    const cache = new ResultCache<string>(10);
    cache.set("a", "stale", "1:0", "2:0");
    expect(cache.get("a", "2:0")).toBeUndefined();
    expect(cache.get("a", "1:0")).toBeUndefined();
  });

  it("drops the least recently used beyond its capacity", () => {
    const cache = new ResultCache<string>(2);
    cache.set("a", "A", "e", "e");
    cache.set("b", "B", "e", "e");
    expect(cache.get("a", "e")).toBe("A");
    cache.set("c", "C", "e", "e");
    expect(cache.size).toBe(2);
    expect(cache.get("b", "e")).toBeUndefined();
    expect(cache.get("a", "e")).toBe("A");
    expect(cache.get("c", "e")).toBe("C");
  });
});
