import { describe, expect, it } from "vitest";
import { summarize } from "./summary";

describe("summarize", () => {
  it("keeps whole sentences up to about 200 characters", () => {
    expect(summarize("Dépannage alimentaire. Paniers chaque semaine! Inscription requise.")).toBe(
      "Dépannage alimentaire. Paniers chaque semaine! Inscription requise.",
    );
    const long = `Première phrase courte. ${"mot ".repeat(60)}fin.`;
    expect(summarize(long)).toBe("Première phrase courte.");
  });

  it("cuts a long first sentence at a word, with an ellipsis", () => {
    const result = summarize("mot ".repeat(100))!;
    expect(result.length).toBeLessThanOrEqual(201);
    expect(result.endsWith("mot…")).toBe(true);
  });

  it("is null for empty text", () => {
    expect(summarize("  ")).toBeNull();
    expect(summarize(null)).toBeNull();
  });
});
