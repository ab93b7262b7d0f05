import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone, telHref } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["418 555-0123", "418 555-0123", null],
    ["(418) 555-0123", "418 555-0123", null],
    ["4185550123", "418 555-0123", null],
    ["418.555.0123", "418 555-0123", null],
    ["+1 418 555 0123", "418 555-0123", null],
    ["1 877 555-0199", "1 877 555-0199", null],
    ["1-800-555-0199", "1 800 555-0199", null],
    ["(418) 555-0123 poste 12", "418 555-0123", "12"],
    ["418.555.0123 x12", "418 555-0123", "12"],
    ["418-555-0123, ext. 4567", "418 555-0123", "4567"],
    ["418 555-0123 #3", "418 555-0123", "3"],
    ["211", "211", null],
  ])("%s → %s ext %s", (input, number, extension) => {
    expect(normalizePhone(input)).toEqual({ number, extension });
  });

  it.each([
    "",
    "555-0123",
    "418 555-012",
    "418 555-01234 5",
    "018 555-0123",
    "418 155-0123",
    "2 800 555-0199",
    "call me",
  ])("refuses %j", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("formatPhone", () => {
  it("shows the extension in the page's language", () => {
    expect(formatPhone("418 555-0123", "12", "fr")).toBe("418 555-0123, poste 12");
    expect(formatPhone("418 555-0123", "12", "en")).toBe("418 555-0123, ext. 12");
    expect(formatPhone("418 555-0123", null, "en")).toBe("418 555-0123");
  });

  it("dials the extension after a pause", () => {
    expect(telHref("418 555-0123", "12")).toBe("tel:+14185550123,12");
    expect(telHref("1 800 555-0199")).toBe("tel:+18005550199");
  });
});
