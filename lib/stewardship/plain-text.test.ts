import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("plainText", () => {
  it("drops tags and control characters, keeps line breaks and accents", () => {
    expect(plainText("  Le <b>numéro</b> <script>alert(1)</script>est\u0007 faux\n\n\n\nMerci ")).toBe(
      "Le numéro alert(1) est faux\n\nMerci",
    );
  });
  it("drops an unterminated tag", () => {
    expect(plainText("Fermé <img src=x onerror=alert(1)")).toBe("Fermé");
  });
});
