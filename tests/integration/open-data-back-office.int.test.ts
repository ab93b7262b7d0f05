import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  applyImport,
  dryRunWithMapping,
  importProgress,
  importReportText,
  lastMapping,
  mappingStep,
  uploadImport,
} from "@/lib/open-data/import/back-office-imports";
import { createActor } from "@/tests/factories/staff";

/** A report produced page by page, as one text. */
async function joined(pieces: AsyncIterable<string>) {
  let text = "";
  for await (const piece of pieces) text += piece;
  return text;
}

beforeAll(async () => {
  process.env.IMPORT_UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "uploads-"));
});

const hsdsFile = (name: string) =>
  new File(
    [JSON.stringify([{ id: crypto.randomUUID(), name, description: "Organisme importé.", services: [] }])],
    "partenaire.json",
    { type: "application/json" },
  );

describe("back-office imports (admins)", () => {
  it("uploads, dry-runs, then applies the same file", async () => {
    const admin = await createActor("admin");
    const dryRunId = await uploadImport(admin, {
      file: hsdsFile("Organisme du back-office"),
      format: "hsds-json",
      mapping: {},
    });
    expect(await db.organization.count({ where: { nameFr: "Organisme du back-office" } })).toBe(0);
    expect(await joined(await importReportText(admin, dryRunId, "fr"))).toMatch(
      /^Essai \(rien n'a été enregistré\) — partenaire\.json/,
    );
    // Applying runs in the background: the request returns at once with the job's id.
    const appliedId = await applyImport(admin, dryRunId);
    expect((await importProgress(admin, appliedId)).total).toBe(1);
    await expect.poll(async () => (await importProgress(admin, appliedId)).status).toBe("applied");
    expect(await importProgress(admin, appliedId)).toMatchObject({ records: 1, total: 1, chunks: null });
    expect(await db.organization.count({ where: { nameFr: "Organisme du back-office" } })).toBe(1);
    await expect(applyImport(admin, appliedId)).rejects.toThrow();
  });

  it("keeps the spreadsheet mapping for next time", async () => {
    const admin = await createActor("admin");
    const csv = new File(["Nom;Mission;Organisme\nService tableur;Aide.;Organisme tableur\n"], "t.csv");
    await uploadImport(admin, {
      file: csv,
      format: "csv",
      mapping: { name_fr: "Nom", organization_name_fr: "Organisme" },
    });
    expect(await lastMapping(admin)).toEqual({ name_fr: "Nom", organization_name_fr: "Organisme" });
  });

  it("asks for the mapping of a spreadsheet with the file's own columns, the last mapping preselected", async () => {
    const admin = await createActor("admin");
    // The mapping used last names "Organisme" for the organization (the test above).
    await uploadImport(admin, {
      file: new File(["Nom;Organisme\nA;B\n"], "a.csv"),
      format: "csv",
      mapping: { name_fr: "Nom", organization_name_fr: "Organisme" },
    });
    const csv = new File(
      ["Titre;Organisme;Mission;name_en\nCuisine collective;Cuisines Lévis;Cuisiner ensemble.;Group cooking\n"],
      "cuisines.csv",
    );
    const id = await uploadImport(admin, { file: csv, format: "csv", mapping: {} });
    expect((await db.dataImport.findUniqueOrThrow({ where: { id } })).status).toBe("mapping");
    expect(await mappingStep(admin, id)).toEqual({
      columns: ["Titre", "Organisme", "Mission", "name_en"],
      // The saved mapping where this file has the column ("Nom" it has not), else the field's own name.
      preselected: { organization_name_fr: "Organisme", name_en: "name_en" },
    });
    const dryRunId = await dryRunWithMapping(admin, id, {
      name_fr: "Titre",
      organization_name_fr: "Organisme",
      organization_description_fr: "Mission",
      description_fr: "Mission",
      name_en: "name_en",
    });
    const report = await db.dataImport.findUniqueOrThrow({ where: { id: dryRunId } });
    expect(report).toMatchObject({ status: "dry_run", counts: { created: 2, refused: 0 } });
    expect(await db.dataImport.findUnique({ where: { id } })).toBeNull();
    await expect(mappingStep(await createActor("editor"), dryRunId)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("is for admins only, and refuses a missing file", async () => {
    const admin = await createActor("admin");
    const dryRunId = await uploadImport(admin, { file: hsdsFile("Progrès"), format: "hsds-json", mapping: {} });
    await expect(importProgress(await createActor("editor"), dryRunId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      uploadImport(await createActor("editor"), { file: hsdsFile("x"), format: "hsds-json", mapping: {} }),
    ).rejects.toThrow();
    await expect(
      uploadImport(await createActor("admin"), { file: null, format: "hsds-json", mapping: {} }),
    ).rejects.toMatchObject({
      fieldErrors: { file: ["required"] },
    });
  });
});
