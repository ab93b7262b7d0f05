import { describe, expect, it } from "vitest";
import { languageNames } from "./language-names";

describe("languageNames", () => {
  it("names languages in the page's language, capitalized", () => {
    expect(languageNames(["fr", "en", "ar"], "fr")).toEqual(["Français", "Anglais", "Arabe"]);
    expect(languageNames(["fr", "es"], "en")).toEqual(["French", "Spanish"]);
  });
});
