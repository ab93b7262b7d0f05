import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "./data/municipalities";
import { createContext, emptyDirectoryRows, type DirectoryRows } from "./context";
import { generateDirectory } from "./generate-directory";
import { generateReference } from "./generate-reference";
import { Random } from "./random";
import { SEED_EPOCH } from "./time";

const EDITORS = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];

function generate(seed: number, services: number) {
  const random = new Random(seed);
  const reference = generateReference(random);
  const rows = emptyDirectoryRows();
  for (const batch of generateDirectory(createContext(random, reference, EDITORS), services))
    for (const key of Object.keys(batch) as (keyof DirectoryRows)[]) (rows[key] as unknown[]).push(...batch[key]);
  return { reference: reference.rows, synonyms: reference.synonymGroups, rows };
}

const groupBy = <T>(items: T[], key: (item: T) => string | null) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
};

describe("generateDirectory", () => {
  it("gives deep-equal rows for the same seed and different rows for another seed", () => {
    const first = generate(211, 400);
    expect(generate(211, 400)).toEqual(first);
    const other = generate(212, 400);
    expect(other.rows.service.map((s) => s.id)).not.toEqual(first.rows.service.map((s) => s.id));
    expect(other.rows.organization.map((o) => o.name_fr)).not.toEqual(first.rows.organization.map((o) => o.name_fr));
  });

  it("scales organizations and locations with the number of services", () => {
    const { rows } = generate(5, 1_000);
    expect(rows.service).toHaveLength(1_000);
    expect(rows.organization).toHaveLength(400);
    expect(rows.location).toHaveLength(500);
    expect(rows.address).toHaveLength(500);
  });

  describe("at the default size", () => {
    const { reference, rows } = generate(211, 5_200);
    const municipalityIds = new Set(reference.municipality.map((m) => m.id));
    const locationsById = new Map(rows.location.map((l) => [l.id, l]));

    it("puts a site in every municipality of both regions", () => {
      const used = new Set(rows.address.map((a) => a.municipality_id));
      expect(used.size).toBe(MUNICIPALITIES.length);
      expect(rows.address.filter((a) => !municipalityIds.has(a.municipality_id!))).toEqual([]);
      const byTown = groupBy(rows.address, (a) => a.city);
      expect(byTown.get("Québec")!.length).toBeGreaterThan(byTown.get("Saint-Georges")!.length * 5);
    });

    it("writes fictional 555 phone numbers and Canadian postal codes", () => {
      const badPhones = rows.phone.filter(
        (p) =>
          !/^(1 8\d\d|418|581) 555-01\d\d$/.test(p.number) ||
          (p.extension !== null && !/^\d+$/.test(p.extension)) ||
          [p.organization_id, p.service_id, p.location_id].filter(Boolean).length !== 1,
      );
      expect(badPhones).toEqual([]);
      expect(rows.address.filter((a) => !/^G\d[A-Z] \d[A-Z]\d$/.test(a.postal_code))).toEqual([]);
      expect(rows.phone.some((p) => p.type === "toll_free" && p.number.startsWith("1 8"))).toBe(true);
      expect(rows.phone.some((p) => p.extension !== null)).toBe(true);
    });

    it("gives every service a category, a phone, an area, hours and 1–2 sites of its own organization", () => {
      const terms = groupBy(rows.serviceTaxonomyTerm, (t) => t.service_id);
      const phones = groupBy(rows.phone, (p) => p.service_id);
      const sites = groupBy(rows.serviceAtLocation, (s) => s.service_id);
      const schedules = groupBy(rows.schedule, (s) => s.service_id);
      const areas = groupBy(rows.serviceArea, (a) => a.service_id);
      const languages = groupBy(rows.serviceLanguage, (l) => l.service_id);
      const broken = rows.service.filter((s) => {
        const at = sites.get(s.id) ?? [];
        return (
          !terms.get(s.id)?.length ||
          phones.get(s.id)?.[0]?.type !== "voice" ||
          !areas.get(s.id)?.length ||
          !schedules.get(s.id)?.length ||
          !languages.get(s.id)?.some((l) => l.code === "fr") ||
          at.length < 1 ||
          at.length > 2 ||
          at.some((link) => locationsById.get(link.location_id)?.organization_id !== s.organization_id) ||
          (s.minimum_age !== null && s.maximum_age !== null && s.minimum_age > s.maximum_age) ||
          (!s.is_free && s.fees_description_fr === null)
        );
      });
      expect(broken).toEqual([]);
    });

    it("writes valid weekly ranges, dated schedules and closures", () => {
      const minute = (m: number) => Number.isInteger(m) && m >= 0 && m < 1440;
      expect(
        rows.scheduleRange.filter(
          (r) =>
            r.weekday < 1 || r.weekday > 7 || !minute(r.opens_at) || !minute(r.closes_at) || r.opens_at === r.closes_at,
        ),
      ).toEqual([]);
      expect(rows.schedule.filter((s) => s.valid_from && s.valid_to && s.valid_from >= s.valid_to)).toEqual([]);
      expect(rows.schedule.some((s) => s.always_open)).toBe(true);
      expect(rows.schedule.some((s) => s.valid_from !== null)).toBe(true);
      // Overnight shelters: closing before opening means the next morning.
      expect(rows.scheduleRange.some((r) => r.closes_at < r.opens_at)).toBe(true);
      expect(rows.scheduleClosure.some((c) => c.date === "2026-12-25")).toBe(true);
    });

    it("mixes statuses, French-only records and overdue reviews in realistic shares", () => {
      const share = (predicate: (s: (typeof rows.service)[number]) => boolean) =>
        rows.service.filter(predicate).length / rows.service.length;
      expect(share((s) => s.status === "active")).toBeGreaterThan(0.9);
      for (const status of ["temporarily_closed", "inactive", "defunct"] as const)
        expect(share((s) => s.status === status)).toBeGreaterThan(0.003);
      expect(rows.service.filter((s) => (s.status === "temporarily_closed") !== (s.alert_fr !== null))).toEqual([]);
      const frenchOnly = share((s) => s.name_en === null);
      expect(frenchOnly).toBeGreaterThan(0.04);
      expect(frenchOnly).toBeLessThan(0.2);
      const epoch = new Date(SEED_EPOCH).toISOString().slice(0, 10);
      const overdue = share((s) => s.next_review_at! < epoch);
      expect(overdue).toBeGreaterThan(0.2);
      expect(overdue).toBeLessThan(0.5);
    });

    it("makes slugs and organization names unique and readable", () => {
      for (const list of [rows.organization, rows.service]) {
        expect(new Set(list.map((r) => r.slug)).size).toBe(list.length);
        expect(list.filter((r) => !/^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{4}$/.test(r.slug))).toEqual([]);
      }
      expect(new Set(rows.organization.map((o) => o.name_fr)).size).toBe(rows.organization.length);
      expect(new Set(rows.service.map((s) => s.id)).size).toBe(rows.service.length);
    });

    it("builds the taxonomy tree with dashed slugs and sibling positions", () => {
      const byId = new Map(reference.taxonomyTerm.map((t) => [t.id, t]));
      for (const t of reference.taxonomyTerm) {
        expect(t.slug).toBe(t.code.toLowerCase().replaceAll(".", "-"));
        if (t.parent_id) expect(t.code.startsWith(`${byId.get(t.parent_id)!.code}.`)).toBe(true);
      }
      const top = reference.taxonomyTerm.filter((t) => t.parent_id === null);
      expect(top.map((t) => t.position)).toEqual(top.map((_, i) => i));
    });
  });
});
