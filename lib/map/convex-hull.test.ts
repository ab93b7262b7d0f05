import { describe, expect, it } from "vitest";
import { convexHull, expand } from "./convex-hull";

describe("convexHull", () => {
  it("keeps the outer points of a square with one inside, closed", () => {
    const hull = convexHull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
    ]);
    expect(hull).toHaveLength(5);
    expect(hull[0]).toEqual(hull[4]);
    expect(hull).not.toContainEqual([1, 1]);
  });

  it("moves the outline outwards", () => {
    const ring = expand(
      convexHull([
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
      ]),
      0.5,
    );
    for (const [x, y] of ring) expect(Math.max(Math.abs(x - 1), Math.abs(y - 1))).toBeGreaterThan(1);
  });
});
