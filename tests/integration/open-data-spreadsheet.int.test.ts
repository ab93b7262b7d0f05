import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importDirectory } from "@/lib/open-data/import/import-directory";
import type { ColumnMapping } from "@/lib/open-data/import/read-spreadsheet";
import { createMunicipality, createTaxonomyTerm } from "@/tests/factories/directory";

const SYSTEM = { kind: "system", label: "test" } as const;
const folder = await mkdtemp(path.join(tmpdir(), "spreadsheet-"));
const HEADERS = [
  "Organisme",
  "Mission",
  "Service",
  "Service (anglais)",
  "Description",
  "Téléphone",
  "Adresse",
  "Ville",
  "Code postal",
  "Catégories",
];
const MAPPING: ColumnMapping = {
  organization_name_fr: "Organisme",
  organization_description_fr: "Mission",
  name_fr: "Service",
  name_en: "Service (anglais)",
  description_fr: "Description",
  phone: "Téléphone",
  address: "Adresse",
  city: "Ville",
  postal_code: "Code postal",
  categories: "Catégories",
};
const ROWS = [
  [
    "Entraide Tableur",
    "Aide mutuelle.",
    "Dépannage alimentaire",
    "Food help",
    "Paniers; sur rendez-vous.",
    "418 555-0150",
    "10, rue du Pont",
    "Tableurville",
    "G5V 1A1",
    "TABFOOD",
  ],
  [
    "Entraide Tableur",
    "Aide mutuelle.",
    "Friperie",
    "",
    "Vêtements à petit prix.",
    "pas un numéro",
    "",
    "",
    "",
    "INCONNU",
  ],
];

describe("spreadsheet import (CSV or XLSX, with a column mapping)", () => {
  it("imports a French Excel CSV (; separator, BOM) with its mapping, then nothing changes on re-import", async () => {
    await createMunicipality({ name: "Tableurville" });
    await createTaxonomyTerm({ code: "TABFOOD", nameFr: "Alimentation tableur" });
    const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const file = path.join(folder, "services.csv");
    await writeFile(file, `\uFEFF${[HEADERS, ...ROWS].map((row) => row.map(quote).join(";")).join("\r\n")}\r\n`);
    const first = await importDirectory(SYSTEM, file, {
      format: "csv",
      dryRun: false,
      mapping: MAPPING,
      source: "tableur",
    });
    expect(first.status).toBe("applied");
    expect(first.counts).toEqual({ created: 3, updated: 0, unchanged: 0, refused: 0 });
    const second = first.records.find((r) => r.name === "Friperie")!;
    expect(second.warnings).toEqual({ "phones.0.number": ["phoneInvalid"], "attributes.0": ["unknownCategory"] });
    const service = await db.service.findFirstOrThrow({
      where: { nameFr: "Dépannage alimentaire" },
      include: {
        taxonomyTerms: { include: { term: true } },
        phones: true,
        serviceAtLocations: { include: { location: { include: { addresses: true } } } },
      },
    });
    expect(service).toMatchObject({ nameEn: "Food help", descriptionFr: "Paniers; sur rendez-vous." });
    expect(service.taxonomyTerms.map((t) => t.term.code)).toEqual(["TABFOOD"]);
    expect(service.phones.map((p) => p.number)).toEqual(["418 555-0150"]);
    expect(service.serviceAtLocations[0].location.addresses[0]).toMatchObject({
      city: "Tableurville",
      postalCode: "G5V 1A1",
    });
    const again = await importDirectory(SYSTEM, file, {
      format: "csv",
      dryRun: false,
      mapping: MAPPING,
      source: "tableur",
    });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });
  });

  it("reads XLSX the same way, and refuses a row without a French name", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Services");
    sheet.addRow(HEADERS);
    sheet.addRow(["Comptoir XLSX", "Vêtements.", "Comptoir", "", "Vente.", "418 555-0151", "", "", "", ""]);
    sheet.addRow(["Comptoir XLSX", "Vêtements.", "", "Counter", "Sans nom français.", "", "", "", "", ""]);
    const file = path.join(folder, "services.xlsx");
    await workbook.xlsx.writeFile(file);
    const report = await importDirectory(SYSTEM, file, { format: "xlsx", dryRun: true, mapping: MAPPING });
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 1 });
    expect(report.records.find((r) => r.outcome === "refused")!.errors).toEqual({ nameFr: ["required"] });
  });
});
