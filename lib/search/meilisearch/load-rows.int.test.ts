import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMunicipality, createOrganization, createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { buildServiceDocument } from "./document";
import { loadPublicServiceRows, publicServiceIdPages } from "./load-rows";

describe("Meilisearch documents from the database", () => {
  it("builds a document from the service as it is now, and omits non-public services", async () => {
    const parent = await createTaxonomyTerm({ code: "MEILIX", nameFr: "Aide", nameEn: "Help" });
    const term = await createTaxonomyTerm({ code: "MEILIX.FOOD", nameFr: "Nourriture", parentId: parent.id });
    const levis = await createMunicipality({ name: "Lévis", regionCode: "12" });
    const service = await createService({
      nameFr: "Frigo partagé",
      taxonomyTermIds: [term.id],
      languages: ["fr", "es"],
      location: { municipalityId: levis.id, wheelchair: true, postalCode: "G6V 2B2" },
      hours: [[1, "08:00", "08:10"]],
    });
    const defunct = await createService({ status: "defunct" });
    const hiddenOrg = await createOrganization({ status: "inactive" });
    const ofHiddenOrg = await createService({ organizationId: hiddenOrg.id });
    const archived = await createService();
    await db.service.update({ where: { id: archived.id }, data: { deletedAt: new Date() } });

    const rows = await loadPublicServiceRows([service.id, defunct.id, ofHiddenOrg.id, archived.id]);
    expect(rows.map((r) => r.id)).toEqual([service.id]);

    const doc = buildServiceDocument(rows[0], new Date("2026-12-02T15:00:00Z"));
    expect(doc).toMatchObject({
      id: service.id,
      name_fr: "Frigo partagé",
      category_codes: ["MEILIX", "MEILIX.FOOD"],
      categories: [{ code: "MEILIX.FOOD", name_fr: "Nourriture", name_en: "Category MEILIX.FOOD" }],
      regions: ["12"],
      municipalities: [levis.slug],
      languages: ["es", "fr"],
      accessible: true,
      open_slots: [96, 97],
      address: { municipality: "Lévis", postal_code: "G6V 2B2" },
      phones: [{ number: "418 555-0100", extension: null, type: "voice" }],
    });
    expect(doc._geo).toEqual({ lat: levis.latitude, lng: levis.longitude });
    expect(doc.hours).toEqual([
      {
        alwaysOpen: false,
        validFrom: null,
        validTo: null,
        ranges: [{ weekday: 1, opensAt: 480, closesAt: 490 }],
        closures: [],
      },
    ]);
  });

  it("pages through every public service id exactly once", async () => {
    const created = await Promise.all([createService(), createService(), createService()]);
    const seen: string[] = [];
    for await (const page of publicServiceIdPages(2)) {
      expect(page.length).toBeLessThanOrEqual(2);
      seen.push(...page);
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const s of created) expect(seen).toContain(s.id);
  });
});
