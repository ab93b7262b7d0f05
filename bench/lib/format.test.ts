import { describe, expect, it } from "vitest";
import { fmt, fmtKb, fmtRatio, markdownTable, ratioRows, ratioTable } from "./format";
import { summarize } from "./stats";
import type { LoadRun } from "./types";

function run(
  endpoint: LoadRun["endpoint"],
  mode: LoadRun["mode"],
  connections: number,
  latency: number[],
  rps: number,
) {
  return {
    endpoint,
    mode,
    connections,
    rate: mode === "rate" ? 50 : null,
    durationS: 10,
    requests: rps * 10,
    requestsPerS: rps,
    latencyMs: summarize(latency),
    non2xx: 0,
    errors: 0,
    timeouts: 0,
  } satisfies LoadRun;
}

describe("number formatting", () => {
  it("shows missing figures as n/a, never NaN or Infinity", () => {
    expect(fmt(Number.NaN)).toBe("n/a");
    expect(fmt(null)).toBe("n/a");
    expect(fmtRatio(Number.POSITIVE_INFINITY)).toBe("n/a");
    expect(fmtKb(Number.NaN)).toBe("n/a");
  });

  it("formats ratios and kilobytes", () => {
    expect(fmtRatio(1.8549)).toBe("1.85×");
    expect(fmtKb(153_600)).toBe("150.0 KB");
    expect(fmt(1234.56)).toBe("1,234.6");
  });
});

describe("markdownTable", () => {
  it("escapes pipes and rejects ragged rows", () => {
    expect(markdownTable(["a", "b"], [["x|y", "z"]])).toBe("| a | b |\n|---|---|\n| x\\|y | z |");
    expect(() => markdownTable(["a", "b"], [["only one"]])).toThrow(/1 cells, expected 2/);
  });
});

describe("ratio table", () => {
  const load = [
    run("floor", "closed", 10, [2, 2, 4, 4], 800),
    run("search", "closed", 10, [5, 5, 10, 10], 400),
    run("floor", "rate", 10, [1, 1, 2, 2], 50),
    run("search", "rate", 10, [3, 3, 3, 3], 50),
    run("search", "closed", 50, [9], 300), // no floor run of the same load: left out
  ];

  it("pairs search and floor runs of the same load and divides them", () => {
    const rows = ratioRows(load);
    expect(rows.map((row) => row.load)).toEqual(["10 conn.", "50 req/s"]);
    expect(rows[0].p50).toBe(2.5);
    expect(rows[0].p95).toBe(2.5);
    expect(rows[0].throughput).toBe(0.5);
    expect(rows[1].p95).toBe(1.5);
  });

  it("renders one line per pair, with throughput ratios only for closed loads", () => {
    const lines = ratioTable(load).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(
      "| 10 conn. | 5.0 / 10.0 / 10.0 | 2.0 / 4.0 / 4.0 | 2.50× | 2.50× | 400 | 800 | 0.50× | 0/0 |",
    );
    expect(lines[3]).toContain("(fixed rate)");
  });
});
