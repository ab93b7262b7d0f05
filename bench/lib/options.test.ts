import { describe, expect, it } from "vitest";
import { DEMO_SERVICES, LARGE_SERVICES, parseOptions } from "./options";

describe("parseOptions", () => {
  it("runs the full benchmark by default, at the demo and the large size", () => {
    const options = parseOptions([]);
    expect(options.mode).toBe("full");
    expect(options.sizes).toEqual([DEMO_SERVICES, LARGE_SERVICES]);
    expect(options.edits).toBe(100);
  });

  it("keeps --quick to the demo size with shorter runs", () => {
    const options = parseOptions(["--quick"]);
    expect(options.sizes).toEqual([DEMO_SERVICES]);
    expect(options.closedDurationS).toBeLessThan(parseOptions([]).closedDurationS);
  });

  it("accepts a large size and the reuse flags", () => {
    expect(parseOptions(["--large", "20000", "--reuse-data", "--skip-build"])).toMatchObject({
      sizes: [DEMO_SERVICES, 20000],
      reuseData: true,
      skipBuild: true,
    });
  });

  it("measures both engines by default, or the one asked for", () => {
    expect(parseOptions([]).engines).toEqual(["postgres", "meilisearch"]);
    expect(parseOptions(["--smoke", "--engine", "meilisearch"]).engines).toEqual(["meilisearch"]);
    expect(parseOptions(["--engine", "both"]).engines).toEqual(["postgres", "meilisearch"]);
    expect(() => parseOptions(["--engine", "elastic"])).toThrow(/--engine takes/);
  });

  it("refuses unknown or contradictory options", () => {
    expect(() => parseOptions(["--fast"])).toThrow(/Unknown option --fast/);
    expect(() => parseOptions(["--quick", "--full"])).toThrow(/exclude/);
    expect(() => parseOptions(["--smoke", "--quick"])).toThrow(/exclude/);
    expect(() => parseOptions(["--large", "10"])).toThrow(/above/);
    expect(() => parseOptions(["quick"])).toThrow(/Unexpected quick/);
  });
});
