import { describe, expect, it } from "vitest";
import { normalizePostalCode } from "./postal-code";

describe("normalizePostalCode", () => {
  it.each([
    ["G1K 1A1", "G1K 1A1"],
    ["g1k1a1", "G1K 1A1"],
    [" G6V-2B3 ", "G6V 2B3"],
  ])("%j → %s", (input, expected) => {
    expect(normalizePostalCode(input)).toBe(expected);
  });

  it.each(["", "G1K 1A", "12345", "D1K 1A1", "W1K 1A1", "G1O 1A1", "G1K 1AU", "G1K 1A1X"])("refuses %j", (input) => {
    expect(normalizePostalCode(input)).toBeNull();
  });
});
