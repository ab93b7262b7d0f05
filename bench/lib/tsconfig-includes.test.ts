import { describe, expect, it } from "vitest";
import { withoutDistIncludes } from "./tsconfig-includes";

const before = `{\n  "include": ["**/*.ts", ".next/types/**/*.ts"]\n}\n`;
const nextAdded = (extra: string[]) =>
  `${JSON.stringify({ include: ["**/*.ts", ".next/types/**/*.ts", ...extra] }, null, 2)}\n`;

describe("withoutDistIncludes", () => {
  it("gives back the original text when only our entries were added", () => {
    const after = nextAdded([".next-bench/types/**/*.ts", ".next-bench/dev/types/**/*.ts"]);
    expect(withoutDistIncludes(before, after, ".next-bench")).toBe(before);
  });

  it("keeps another build's entries and drops ours", () => {
    const after = nextAdded([".next-other/types/**/*.ts", ".next-bench/types/**/*.ts"]);
    const cleaned = withoutDistIncludes(before, after, ".next-bench")!;
    expect(JSON.parse(cleaned).include).toEqual(["**/*.ts", ".next/types/**/*.ts", ".next-other/types/**/*.ts"]);
  });

  it("leaves the file alone when the build added nothing of ours", () => {
    expect(withoutDistIncludes(before, before, ".next-bench")).toBeNull();
    expect(withoutDistIncludes(before, nextAdded([".next-benchmark/types/**/*.ts"]), ".next-bench")).toBeNull();
  });
});
