import { describe, expect, it } from "vitest";
import { protectList, protectMatrix, protectPartition, type ShownCount } from "./suppression";

/**
 * An attacker's view: every assignment of the hidden cells (a "< 5" is 1–4, a withheld cell
 * is ≥ 5) that agrees with every total shown. Returns, for each "< 5" cell, the values it can
 * take. Brute force, so the crafted tables stay small.
 */
function possibleValues(cells: ShownCount[][], rowTotals: (number | "withheld")[], colTotals: (number | "withheld")[]) {
  const hidden: { r: number; c: number; kind: "lt5" | "withheld" }[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === "lt5" || cell === "withheld") hidden.push({ r, c, kind: cell });
    }),
  );
  const bound = Math.max(5, ...rowTotals.filter((t) => t !== "withheld"), ...colTotals.filter((t) => t !== "withheld"));
  const grid = cells.map((row) => row.map((cell) => (typeof cell === "number" ? cell : 0)));
  const seen = hidden.map(() => new Set<number>());
  const consistent = () =>
    rowTotals.every((t, r) => t === "withheld" || grid[r].reduce((a, b) => a + b, 0) === t) &&
    colTotals.every((t, c) => t === "withheld" || grid.reduce((a, row) => a + row[c], 0) === t);
  const walk = (k: number) => {
    if (k === hidden.length) {
      if (consistent()) hidden.forEach((h, i) => seen[i].add(grid[h.r][h.c]));
      return;
    }
    const { r, c, kind } = hidden[k];
    const [lo, hi] = kind === "lt5" ? [1, 4] : [5, bound];
    for (let v = lo; v <= hi; v++) {
      grid[r][c] = v;
      walk(k + 1);
    }
  };
  walk(0);
  return hidden.map((h, i) => ({ ...h, values: [...seen[i]] })).filter((h) => h.kind === "lt5");
}

function expectUnrecoverable(
  cells: ShownCount[][],
  rowTotals: (number | "withheld")[],
  colTotals: (number | "withheld")[],
) {
  const small = possibleValues(cells, rowTotals, colTotals);
  for (const cell of small) expect(cell.values.length, `cell ${cell.r},${cell.c}`).toBeGreaterThanOrEqual(2);
  return small;
}

describe("small-cell suppression", () => {
  it("never shows a count from 1 to 4, in lists, partitions and matrices", () => {
    expect(protectList([0, 1, 4, 5, 120])).toEqual([0, "lt5", "lt5", 5, 120]);
    const shown = [
      ...protectPartition([3, 40, 2, 9]).cells,
      ...protectMatrix([
        [1, 7, 9],
        [12, 3, 30],
      ]).cells.flat(),
    ];
    expect(shown.some((cell) => typeof cell === "number" && cell >= 1 && cell <= 4)).toBe(false);
  });

  it("a single small cell in a partition takes a complementary cell with it", () => {
    const { cells, total } = protectPartition([120, 3, 40, 9]);
    expect(cells).toEqual([120, "lt5", 40, "withheld"]);
    expect(total).toBe(172);
    expectUnrecoverable(
      [cells],
      [total],
      cells.map(() => "withheld"),
    );
  });

  it("two small cells whose sum would give them away (1 + 1, 4 + 4) are protected too", () => {
    for (const values of [
      [1, 1, 50, 6],
      [4, 4, 50, 6],
      [1, 5, 50],
    ]) {
      const { cells, total } = protectPartition(values);
      const small = expectUnrecoverable(
        [cells],
        [total],
        cells.map(() => "withheld"),
      );
      expect(small.length).toBeGreaterThan(0);
    }
  });

  it("a small cell beside a withheld 5 is not recoverable (1 + 5 = 6 would be)", () => {
    const { cells, total } = protectPartition([1, 5, 6, 80]);
    expectUnrecoverable(
      [cells],
      [total],
      cells.map(() => "withheld"),
    );
  });

  it("withholds the total when nothing else can hide a small cell", () => {
    expect(protectPartition([2, 0, 0])).toEqual({ cells: ["lt5", 0, 0], total: "withheld" });
  });

  it("a table with no small cell is shown whole", () => {
    expect(protectPartition([5, 6, 700])).toEqual({ cells: [5, 6, 700], total: 711 });
  });

  it("matrices: no small cell recoverable from row and column totals", () => {
    for (const values of [
      [
        [1, 7, 9],
        [12, 3, 30],
      ],
      [
        [2, 20, 0],
        [15, 8, 6],
        [7, 1, 11],
      ],
      [
        [1, 0],
        [9, 14],
      ],
      [
        [4, 6],
        [6, 4],
      ],
    ]) {
      const { cells, rowTotals, colTotals } = protectMatrix(values);
      expectUnrecoverable(cells, rowTotals, colTotals);
      expect(cells.flat().some((cell) => typeof cell === "number" && cell >= 1 && cell <= 4)).toBe(false);
    }
  });
});
