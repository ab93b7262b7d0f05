import { describe, expect, it } from "vitest";
import { KEY_SPACE, MAX_OFFSET, combinedKey, offsetsForTest, perturb } from "./perturbation";

describe("cell-key offsets", () => {
  it("are −2…+2, centred on zero, in the stated proportions", () => {
    const tally = new Map<number, number>();
    for (const offset of offsetsForTest) tally.set(offset, (tally.get(offset) ?? 0) + 1);
    expect([...tally.keys()].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(offsetsForTest.reduce((sum, offset) => sum + offset, 0)).toBe(0);
    expect([-2, -1, 0, 1, 2].map((offset) => tally.get(offset))).toEqual([26, 51, 102, 51, 26]);
  });

  it("leave zero and small counts alone, never bring a count of 5+ below 5, and answer the same calls the same way", () => {
    for (let key = 0; key < KEY_SPACE; key++) {
      expect(perturb(0, key)).toBe(0);
      expect(perturb(3, key)).toBe(3);
      expect(perturb(5, key)).toBeGreaterThanOrEqual(5);
      expect(Math.abs(perturb(100, key) - 100)).toBeLessThanOrEqual(MAX_OFFSET);
      expect(perturb(100, key)).toBe(perturb(100, key + KEY_SPACE));
    }
  });

  it("give a total the key of all its calls", () => {
    expect(combinedKey([200, 100, 3])).toBe((200 + 100 + 3) % KEY_SPACE);
    expect(combinedKey([])).toBe(0);
  });
});
