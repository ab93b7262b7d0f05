import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH } from "./password-policy";
import { COMMON_PASSWORDS_TEXT } from "./common-passwords";

describe("checkPasswordPolicy", () => {
  it("accepts long, uncommon passwords and passphrases", () => {
    expect(checkPasswordPolicy("Correct-horse-battery-211")).toEqual([]);
    expect(checkPasswordPolicy("Demo-211-password")).toEqual([]);
    expect(checkPasswordPolicy("le chat de ma voisine mange des bleuets sauvages")).toEqual([]);
    expect(checkPasswordPolicy("é".repeat(3) + "ça-fait-longtemps")).toEqual([]);
  });

  it("refuses fewer than 12 characters, and more than the maximum", () => {
    expect(checkPasswordPolicy("Xk9!vq2#Lm4")).toEqual(["tooShort"]);
    expect(checkPasswordPolicy("a".repeat(PASSWORD_MAX_LENGTH + 1))).toEqual(["tooLong"]);
    expect(checkPasswordPolicy("Vx7-" + "q9Lm".repeat(63))).not.toContain("tooLong");
  });

  it.each([
    "123456789012",
    "password1234",
    "qwertyuiop12",
    "motdepasse123",
    "azertyuiop12",
    "Password1234!",
    "!!Soleil2026!!",
    "iloveyouiloveyou",
  ])("refuses the common password %s", (password) => {
    expect(checkPasswordPolicy(password)).toContain("common");
  });

  it("refuses repeated characters, short repeated patterns and keyboard runs", () => {
    expect(checkPasswordPolicy("aaaaaaaaaaaa")).toContain("tooSimple");
    expect(checkPasswordPolicy("abcabcabcabc")).toContain("tooSimple");
    expect(checkPasswordPolicy("zyxwvutsrqpo")).toContain("tooSimple");
  });

  it("refuses a password that contains the address's local part", () => {
    expect(checkPasswordPolicy("marie.tremblay-2026!", "Marie.Tremblay@example.org")).toEqual(["containsEmail"]);
    expect(checkPasswordPolicy("Correct-horse-battery-211", "marie@example.org")).toEqual([]);
  });

  it("ships about a thousand common passwords", () => {
    expect(COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(1000);
  });
});
