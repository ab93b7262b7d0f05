import { describe, expect, it } from "vitest";
import { Random } from "./random";

const draw = (seed: number) => {
  const random = new Random(seed);
  return [random.float(), random.int(1, 6), random.uuid(), random.shortId(), random.pick(["a", "b", "c"])];
};

describe("Random", () => {
  it("repeats the same sequence for the same seed and another one for another seed", () => {
    expect(draw(211)).toEqual(draw(211));
    expect(draw(211)).not.toEqual(draw(212));
  });

  it("builds version-4-shaped UUIDs and stays inside integer bounds", () => {
    const random = new Random(7);
    const ids = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const id = random.uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
      const n = random.int(-3, 3);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(3);
    }
    expect(ids.size).toBe(5_000);
  });

  it("reaches both ends of an integer range and honours weights", () => {
    const random = new Random(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(0, 3)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    const picks = Array.from({ length: 2_000 }, () => random.weighted(["rare", "common"], [1, 9]));
    const rare = picks.filter((p) => p === "rare").length;
    expect(rare).toBeGreaterThan(100);
    expect(rare).toBeLessThan(320);
  });

  it("samples distinct items", () => {
    const sample = new Random(3).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });
});
