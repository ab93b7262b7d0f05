import { describe, expect, it } from "vitest";
import {
  buildServiceDocument,
  codeWithAncestors,
  documentOpenAt,
  openHoursAndSlots,
  openSlots,
  type ServiceRow,
} from "./document";
import { SLOTS_PER_WEEK, hourOfSlot, localWeekSlot } from "./slots";

const municipality = { slug: "levis", name: "Lévis", regionCode: "12" };

function row(overrides: Partial<ServiceRow> = {}): ServiceRow {
  return {
    id: "7d4c4f1e-0000-4000-8000-000000000001",
    slug: "banque-alimentaire",
    nameFr: "Banque alimentaire",
    nameEn: "Food bank",
    alternateName: null,
    descriptionFr: "Dépannage alimentaire.",
    descriptionEn: null,
    status: "active",
    alertFr: null,
    alertEn: null,
    isFree: true,
    minimumAge: null,
    maximumAge: 17,
    eligibilityFr: null,
    eligibilityEn: null,
    clienteleFr: null,
    clienteleEn: null,
    organization: { id: "org-1", slug: "entraide", nameFr: "Entraide", nameEn: null, alternateName: null },
    terms: [{ code: "FOOD.BANK", nameFr: "Banques alimentaires", nameEn: "Food banks" }],
    languages: ["fr", "en", "fr"],
    phones: [{ number: "418 555-0100", extension: null, type: "voice" }],
    locations: [
      {
        latitude: 46.8,
        longitude: -71.18,
        wheelchair: true,
        addresses: [
          { addressType: "physical", address1: "1, rue A", city: "Levis", postalCode: "G6V 1A1", municipality },
        ],
      },
    ],
    areas: [{ regionCode: "03", municipality: null }],
    schedules: [],
    ...overrides,
  };
}

// Wednesday 2026-12-02 10:00 in Québec (15:00 UTC, EST).
const wednesdayTen = new Date("2026-12-02T15:00:00Z");

describe("buildServiceDocument", () => {
  it("keeps category ancestors so a filter on a parent code matches", () => {
    expect(codeWithAncestors("FOOD.BANK.EMERGENCY")).toEqual(["FOOD", "FOOD.BANK", "FOOD.BANK.EMERGENCY"]);
    expect(buildServiceDocument(row()).category_codes).toEqual(["FOOD", "FOOD.BANK"]);
  });

  it("collects regions from locations and service areas, municipalities by slug, languages once", () => {
    const doc = buildServiceDocument(row());
    expect(doc.regions).toEqual(["03", "12"]);
    expect(doc.municipalities).toEqual(["levis"]);
    expect(doc.municipality_names).toEqual(["Lévis"]);
    expect(doc.languages).toEqual(["en", "fr"]);
  });

  it("stores open-ended ages as bounds, the point as _geo, the first physical address", () => {
    const doc = buildServiceDocument(row());
    expect([doc.min_age, doc.max_age]).toEqual([0, 17]);
    expect(doc._geo).toEqual({ lat: 46.8, lng: -71.18 });
    expect(doc.address).toEqual({ street: "1, rue A", municipality: "Lévis", postal_code: "G6V 1A1" });
    expect(doc.accessible).toBe(true);
    expect(doc.free).toBe(true);
  });

  it("carries the summary a hit shows, so that a search never returns whole descriptions", () => {
    const doc = buildServiceDocument(
      row({ descriptionFr: "Paniers chaque semaine. Inscription requise au comptoir." }),
    );
    expect(doc.summary_fr).toBe("Paniers chaque semaine. Inscription requise au comptoir.");
    expect(doc.summary_en).toBeNull();
  });

  it("omits _geo when no location has coordinates (Meilisearch rejects a half point)", () => {
    const doc = buildServiceDocument(row({ locations: [] }));
    expect("_geo" in doc).toBe(false);
    expect(doc.address).toBeNull();
    expect(doc.accessible).toBe(false);
  });

  it("sorts names without accents or case", () => {
    expect(buildServiceDocument(row({ nameFr: "Écoute Active", nameEn: null })).name_sort_en).toBe("ecoute active");
  });

  it("is deterministic: the same rows give the same document", () => {
    expect(buildServiceDocument(row(), wednesdayTen)).toEqual(buildServiceDocument(row(), wednesdayTen));
  });
});

describe("opening hours as slots", () => {
  it("covers a range's 5-minute slots, overnight ranges wrapping into the next day and the week", () => {
    expect(openSlots([{ weekday: 1, opensAt: 0, closesAt: 15 }])).toEqual([0, 1, 2]);
    const overnight = openSlots([{ weekday: 7, opensAt: 23 * 60 + 50, closesAt: 10 }]);
    expect(overnight).toEqual([0, 1, 2014, 2015]);
  });

  it("writes hours open throughout as one number, and the slots of the other hours: the same week", () => {
    const ranges = [
      { weekday: 1, opensAt: 9 * 60, closesAt: 12 * 60 + 30 },
      { weekday: 2, opensAt: 8 * 60 + 45, closesAt: 16 * 60 + 15 },
      { weekday: 7, opensAt: 22 * 60 + 5, closesAt: 2 * 60 },
    ];
    const { open_hours, open_slots } = openHoursAndSlots(ranges);
    expect(open_hours).toEqual(
      [9, 10, 11, 24 + 9, 24 + 10, 24 + 11, 24 + 12, 24 + 13, 24 + 14, 24 + 15, 0, 1, 167].sort((a, b) => a - b),
    );
    expect(open_slots.length).toBe(6 + 3 + 3 + 11);
    // What the filter asks (open_hours = hour OR open_slots = slot) is exactly the slots.
    const all = new Set(openSlots(ranges));
    for (let slot = 0; slot < SLOTS_PER_WEEK; slot++) {
      const answered = open_hours.includes(hourOfSlot(slot)) || open_slots.includes(slot);
      expect(answered, `slot ${slot}`).toBe(all.has(slot));
    }
  });

  it("answers open-now for the instant in Québec time, honouring closures", () => {
    const schedules = [
      {
        alwaysOpen: false,
        validFrom: null,
        validTo: null,
        ranges: [{ weekday: 3, opensAt: 9 * 60, closesAt: 12 * 60 }],
        closures: [],
      },
    ];
    const doc = buildServiceDocument(row({ schedules }), wednesdayTen);
    expect(doc.open_hours).toContain(hourOfSlot(localWeekSlot(wednesdayTen)));
    expect(documentOpenAt(doc, wednesdayTen)).toBe(true);
    expect(documentOpenAt(doc, new Date("2026-12-02T18:00:00Z"))).toBe(false);
    const closed = buildServiceDocument(
      row({ schedules: [{ ...schedules[0], closures: ["2026-12-02"] }] }),
      wednesdayTen,
    );
    expect(documentOpenAt(closed, wednesdayTen)).toBe(false);
    expect(documentOpenAt(buildServiceDocument(row()), wednesdayTen)).toBeNull();
  });

  it("prefers a dated schedule covering today over the open-ended one", () => {
    const schedules = [
      {
        alwaysOpen: false,
        validFrom: null,
        validTo: null,
        ranges: [{ weekday: 3, opensAt: 540, closesAt: 720 }],
        closures: [],
      },
      { alwaysOpen: true, validFrom: "2026-12-01", validTo: "2026-12-31", ranges: [], closures: [] },
    ];
    const doc = buildServiceDocument(row({ schedules }), wednesdayTen);
    expect(doc.always_open).toBe(true);
    expect(doc.open_slots).toEqual([]);
    expect(doc.open_hours).toEqual([]);
  });
});
