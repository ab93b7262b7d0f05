import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  it("accepts this host and requests without Origin, refuses other sites", () => {
    expect(isSameOrigin(new Headers({ host: "211.example.org", origin: "https://211.example.org" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "211.example.org" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "211.example.org", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "211.example.org", origin: "null" }))).toBe(false);
  });
});
