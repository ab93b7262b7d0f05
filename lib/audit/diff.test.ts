import { describe, expect, it } from "vitest";
import { diffEntries, formatAuditValue } from "./diff";

describe("diffEntries", () => {
  it("lists only the fields that changed, in order", () => {
    expect(
      diffEntries(
        { nameFr: "A", phones: ["418 555-0123 (voice)"], isFree: true },
        { nameFr: "B", phones: ["418 555-0199 (voice)"], isFree: true },
      ),
    ).toEqual([
      { field: "nameFr", before: "A", after: "B" },
      { field: "phones", before: ["418 555-0123 (voice)"], after: ["418 555-0199 (voice)"] },
    ]);
  });

  it("a creation shows every filled field, and nothing for fields left empty", () => {
    expect(diffEntries(null, { nameFr: "A", nameEn: null, languages: [] })).toEqual([
      { field: "nameFr", before: null, after: "A" },
    ]);
  });
});

describe("formatAuditValue", () => {
  it("speaks the reader's language for empties and booleans", () => {
    expect(formatAuditValue(null, "fr")).toBe("(vide)");
    expect(formatAuditValue([], "en")).toBe("(empty)");
    expect(formatAuditValue(true, "fr")).toBe("oui");
    expect(formatAuditValue(false, "en")).toBe("no");
    expect(formatAuditValue(["fr", "en"], "en")).toBe("fr ; en");
  });

  it("renders weekly hours with ranges past midnight marked", () => {
    const schedule = {
      validFrom: null,
      validTo: null,
      alwaysOpen: false,
      ranges: [
        { weekday: 1, opens: "09:00", closes: "12:00" },
        { weekday: 1, opens: "13:00", closes: "16:00" },
        { weekday: 5, opens: "21:00", closes: "07:00" },
      ],
      closures: ["2026-12-25 Noël"],
      notesFr: null,
    };
    expect(formatAuditValue([schedule], "fr")).toBe(
      "lun. 09:00–12:00, 13:00–16:00 · ven. 21:00–07:00 (lendemain) · fermé 2026-12-25 Noël",
    );
    expect(formatAuditValue([schedule], "en")).toContain("Fri 21:00–07:00 (next day)");
  });

  it("shows instants in Québec time", () => {
    expect(formatAuditValue("2026-11-29T15:00:00.000Z", "en")).toMatch(/Nov 29, 2026.*10:00/);
  });
});
