import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authSecretWeakness } from "./auth-secret";

describe("authSecretWeakness", () => {
  it("accepts 32+ random bytes in base64 or hex", () => {
    expect(authSecretWeakness(randomBytes(33).toString("base64"))).toBeNull();
    expect(authSecretWeakness(randomBytes(32).toString("base64url"))).toBeNull();
    expect(authSecretWeakness(randomBytes(32).toString("hex"))).toBeNull();
  });

  it.each([
    undefined,
    "",
    "change-me",
    "x".repeat(64),
    "change-me-".repeat(6),
    "your-secret-here-0123456789abcdefghijklmnop",
  ])("refuses %j", (secret) => {
    expect(authSecretWeakness(secret)).not.toBeNull();
  });

  it("refuses short secrets and low-variety ones", () => {
    expect(authSecretWeakness(randomBytes(16).toString("base64"))).toMatch(/too short/);
    expect(authSecretWeakness("012345678".repeat(5))).toMatch(/variety/);
    // `openssl rand -hex 32`: always accepted, whichever hex digits it happens to use.
    for (let i = 0; i < 200; i++) expect(authSecretWeakness(randomBytes(32).toString("hex"))).toBeNull();
  });
});
