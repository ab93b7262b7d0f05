import { describe, expect, it } from "vitest";
import { findPii } from "./pii";

describe("findPii", () => {
  it.each([
    ["rappeler au 418 555-0123", "phone"],
    ["(418)5550123", "phone"],
    ["cell 581.555.0199 le soir", "phone"],
    ["1-800-555-0199", "phone"],
    ["555-0123 poste 4", "phone"],
    ["écrire à marie.tremblay@example.org", "email"],
    ["habite G1K 1A1", "postalCode"],
    ["code g6v6n5", "postalCode"],
    ["carte TREM12345678", "healthInsurance"],
    ["RAMQ trem 1234 5678", "healthInsurance"],
  ])("refuses %j (%s)", (text, kind) => {
    expect(findPii(text)).toBe(kind);
  });

  it.each([
    "Besoin de dépannage alimentaire, famille de 4, rappel dans 2 semaines",
    "secteur G6V seulement",
    "2 enfants de 3 et 5 ans",
    "rendez-vous le 12 mars à 9 h 30",
    "Caller asked about tax clinics in 2027",
    "",
  ])("accepts %j", (text) => {
    expect(findPii(text)).toBeNull();
  });
});
