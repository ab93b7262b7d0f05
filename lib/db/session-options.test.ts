import { describe, expect, it } from "vitest";
import { sessionOptions } from "./session-options";

describe("sessionOptions", () => {
  it("limits statements in the app server only", () => {
    expect(sessionOptions({ NEXT_RUNTIME: "nodejs" })).toBe("-c random_page_cost=1.1 -c statement_timeout=10000");
    expect(sessionOptions({ NEXT_RUNTIME: "nodejs", DATABASE_STATEMENT_TIMEOUT_MS: "2500" })).toBe(
      "-c random_page_cost=1.1 -c statement_timeout=2500",
    );
    expect(sessionOptions({})).toBe("-c random_page_cost=1.1");
  });

  it("lets an operator replace or drop the options, and refuses a bad timeout", () => {
    expect(sessionOptions({ NEXT_RUNTIME: "nodejs", DATABASE_SESSION_OPTIONS: "" })).toBeUndefined();
    expect(sessionOptions({ DATABASE_SESSION_OPTIONS: "-c work_mem=8MB" })).toBe("-c work_mem=8MB");
    expect(() => sessionOptions({ NEXT_RUNTIME: "nodejs", DATABASE_STATEMENT_TIMEOUT_MS: "soon" })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });
});
