import { describe, expect, it } from "vitest";
import { mean, percentile, ratio, round, summarize } from "./stats";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose

  it("uses the nearest rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it("rounds the rank up on small samples", () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
  });

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("is NaN without samples and rejects impossible percentiles", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("reports count, mean, percentiles and max", () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ count: 4, mean: 2.5, p50: 2, p95: 4, p99: 4, max: 4 });
  });

  it("stays NaN when empty", () => {
    const empty = summarize([]);
    expect(empty.count).toBe(0);
    expect(empty.p95).toBeNaN();
    expect(empty.max).toBeNaN();
  });
});

describe("mean, round, ratio", () => {
  it("computes them", () => {
    expect(mean([1, 2])).toBe(1.5);
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(ratio(3, 2)).toBe(1.5);
  });

  it("gives NaN rather than Infinity for missing denominators", () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
});
