import { describe, expect, it } from "vitest";
import { checkFormTime, issueFormTime, MIN_FILL_MS } from "./form-time";

describe("the form's fill-time stamp", () => {
  it("accepts a form filled in a human time, refuses one sent at once, forged or stale", () => {
    const shown = 1_800_000_000_000;
    const token = issueFormTime(shown);
    expect(checkFormTime(token, shown + MIN_FILL_MS + 1)).toBe("ok");
    expect(checkFormTime(token, shown + 500)).toBe("too_fast");
    expect(checkFormTime(token, shown + 2 * 86_400_000)).toBe("stale");
    expect(checkFormTime(`${shown - 60_000}.${token.split(".")[1]}`, shown + 10_000)).toBe("missing");
    expect(checkFormTime(undefined)).toBe("missing");
    expect(checkFormTime("abc")).toBe("missing");
  });
});
