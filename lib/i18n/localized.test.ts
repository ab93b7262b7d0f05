import { describe, expect, it } from "vitest";
import { localize } from "./localized";

describe("localize", () => {
  it("uses the English text on English pages when it exists", () => {
    expect(localize("en", "Banque alimentaire", "Food bank")).toEqual({
      text: "Food bank",
      lang: "en",
      isFallback: false,
    });
  });

  it("falls back to French, marked, when English is missing or blank", () => {
    expect(localize("en", "Banque alimentaire", null)).toEqual({
      text: "Banque alimentaire",
      lang: "fr",
      isFallback: true,
    });
    expect(localize("en", "Banque alimentaire", "  ")?.isFallback).toBe(true);
  });

  it("always uses French on French pages", () => {
    expect(localize("fr", "Banque alimentaire", "Food bank")).toEqual({
      text: "Banque alimentaire",
      lang: "fr",
      isFallback: false,
    });
  });

  it("returns null when neither language has text", () => {
    expect(localize("fr", null, undefined)).toBeNull();
  });
});
