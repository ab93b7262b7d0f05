// Small-cell suppression (issue #10): a count from 1 to 4 is never shown ("< 5"), and no
// shown total or cell lets one recover it by subtraction. A "line" is a set of cells whose
// total is published (a 1-D table and its total, a row or a column of a 2-D table). In
// every line, the suppressed cells must leave each small cell at least two possible values,
// given what anyone knows: a small cell is 1–4 and a withheld (complementary) cell is ≥ 5.
// When the small cells alone do not achieve that, the smallest shown cell of the line is
// withheld too; when no cell is left to withhold, the line's total is withheld instead.

export type Mark = "shown" | "small" | "withheld";

export const isSmall = (value: number) => value >= 1 && value <= 4;

/** Possible values of each suppressed cell of a line, knowing only their sum and their marks. */
function ambiguous(values: readonly number[], marks: readonly Mark[]) {
  const hidden = values.map((_, i) => i).filter((i) => marks[i] !== "shown");
  const sum = hidden.reduce((total, i) => total + values[i], 0);
  const lo = (i: number) => (marks[i] === "small" ? 1 : 5);
  const hi = (i: number) => (marks[i] === "small" ? 4 : Infinity);
  return hidden
    .filter((i) => marks[i] === "small")
    .every((i) => {
      const others = hidden.filter((j) => j !== i);
      const min = Math.max(lo(i), sum - others.reduce((t, j) => t + hi(j), 0));
      const max = Math.min(hi(i), sum - others.reduce((t, j) => t + lo(j), 0));
      return max > min;
    });
}

/**
 * Protects one line in place: marks small cells, then withholds the smallest shown cells
 * (≥ 5) until every small cell stays ambiguous. Returns false when the line's total must be
 * withheld because no shown cell is left to withhold.
 */
export function protectLine(values: readonly number[], marks: Mark[]): boolean {
  values.forEach((value, i) => {
    if (isSmall(value)) marks[i] = "small";
  });
  while (!ambiguous(values, marks)) {
    let pick = -1;
    values.forEach((value, i) => {
      if (marks[i] === "shown" && value >= 5 && (pick < 0 || value < values[pick])) pick = i;
    });
    if (pick < 0) return false;
    marks[pick] = "withheld";
  }
  return true;
}

export type ProtectedCell = { value: number; mark: Mark };
/** What may be shown of a count: the number, "< 5", or withheld. */
export type ShownCount = number | "lt5" | "withheld";

export const shownCount = (cell: ProtectedCell): ShownCount =>
  cell.mark === "shown" ? cell.value : cell.mark === "small" ? "lt5" : "withheld";

/** A 1-D table whose total is published (a partition: every call counted once). */
export function protectPartition(values: readonly number[]) {
  const marks: Mark[] = values.map(() => "shown");
  const totalShown = protectLine(values, marks);
  const total = values.reduce((t, v) => t + v, 0);
  return {
    cells: values.map((value, i) => shownCount({ value, mark: marks[i] })),
    total: totalShown ? total : ("withheld" as const),
  };
}

/** A 1-D list with no total (a call may count in several rows): small cells only. */
export function protectList(values: readonly number[]): ShownCount[] {
  return values.map((value) => (isSmall(value) ? "lt5" : value));
}

/**
 * A 2-D table with row and column totals: every row and every column is a line. Lines are
 * protected again until nothing changes (a cell withheld for its row may expose its column).
 */
export function protectMatrix(values: readonly (readonly number[])[]) {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const marks: Mark[][] = values.map((row) => row.map(() => "shown" as Mark));
  const rowTotalShown = values.map(() => true);
  const colTotalShown = Array.from({ length: cols }, () => true);
  for (let pass = 0, changed = true; changed && pass < 50; pass++) {
    const before = JSON.stringify(marks);
    for (let r = 0; r < rows; r++) {
      if (!rowTotalShown[r]) continue;
      const lineMarks = [...marks[r]];
      rowTotalShown[r] = protectLine(values[r], lineMarks);
      marks[r] = lineMarks;
    }
    for (let c = 0; c < cols; c++) {
      if (!colTotalShown[c]) continue;
      const column = values.map((row) => row[c]);
      const lineMarks = marks.map((row) => row[c]);
      colTotalShown[c] = protectLine(column, lineMarks);
      lineMarks.forEach((mark, r) => (marks[r][c] = mark));
    }
    changed = JSON.stringify(marks) !== before;
  }
  // A withheld row total could be rebuilt from the column totals (and the other rows): with
  // one withheld, the other direction's totals go too.
  if (rowTotalShown.includes(false)) colTotalShown.fill(false);
  else if (colTotalShown.includes(false)) rowTotalShown.fill(false);
  const sum = (list: number[]) => list.reduce((t, v) => t + v, 0);
  return {
    cells: values.map((row, r) => row.map((value, c) => shownCount({ value, mark: marks[r][c] }))),
    rowTotals: values.map((row, r) => (rowTotalShown[r] ? sum([...row]) : ("withheld" as const))),
    colTotals: colTotalShown.map((shown, c) => (shown ? sum(values.map((row) => row[c])) : ("withheld" as const))),
  };
}
