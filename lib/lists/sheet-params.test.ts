import { describe, expect, it } from "vitest";
import { parseSheetParams } from "./sheet-params";

describe("parseSheetParams", () => {
  it("takes the sheet's language independently of the page's", () => {
    expect(parseSheetParams({ services: "a,b", lang: "en", large: "1" }, "fr")).toEqual({
      slugs: ["a", "b"],
      lang: "en",
      large: true,
    });
  });

  it("falls back to the page's language and normal print on anything else", () => {
    expect(parseSheetParams({ services: "a", lang: "de", large: "yes" }, "fr")).toEqual({
      slugs: ["a"],
      lang: "fr",
      large: false,
    });
    expect(parseSheetParams(Object.create({ lang: "en" }) as Record<string, unknown>, "fr").lang).toBe("fr");
  });
});
