import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDuplicateCandidates } from "@/lib/open-data/duplicates/find-duplicates";
import { importDirectory } from "@/lib/open-data/import/import-directory";
import { reportText } from "@/lib/open-data/import/report-text";
import { createMunicipality, createOrganization } from "@/tests/factories/directory";
import { HSDS_DIR } from "@/tests/open-data/hsds-validator";

const SYSTEM = { kind: "system", label: "test" } as const;
const folder = await mkdtemp(path.join(tmpdir(), "hsds-import-"));
const apply = (file: string, source?: string) =>
  importDirectory(SYSTEM, file, { format: "hsds-json", dryRun: false, source });
const dryRun = (file: string) => importDirectory(SYSTEM, file, { format: "hsds-json", dryRun: true });

async function writeJson(name: string, value: unknown) {
  const file = path.join(folder, name);
  await writeFile(file, JSON.stringify(value));
  return file;
}

async function rowCounts() {
  const [organizations, services, locations, phones, audit, outbox, links, terms] = await Promise.all([
    db.organization.count(),
    db.service.count(),
    db.location.count(),
    db.phone.count(),
    db.auditEvent.count(),
    db.searchOutbox.count(),
    db.externalIdentifier.count(),
    db.taxonomyTerm.count(),
  ]);
  return { organizations, services, locations, phones, audit, outbox, links, terms };
}

const organization = (id: string, name: string | null) => ({
  id,
  name,
  description: "Organisme communautaire.",
  phones: [
    { id: crypto.randomUUID(), number: "418 555-0101" },
    { id: crypto.randomUUID(), number: "+44 1234 234567" },
  ],
  services: [
    {
      id: crypto.randomUUID(),
      name: `Service de ${name ?? "?"}`,
      description: "Aide alimentaire.",
      status: "active",
      email: "pas-un-courriel",
      x_translations: { en: { name: "Food help" } },
      service_at_locations: [
        {
          id: crypto.randomUUID(),
          location: {
            id: crypto.randomUUID(),
            location_type: "physical",
            name: "Bureau",
            addresses: [
              {
                id: crypto.randomUUID(),
                address_1: "1, rue Principale",
                city: "Ville-Import",
                state_province: "QC",
                postal_code: "g6v6n5",
                country: "CA",
                address_type: "physical",
              },
            ],
          },
        },
      ],
    },
  ],
});

describe("data import (HSDS JSON)", () => {
  it("imports the official examples as they are", async () => {
    const files = [
      "organization_full.json",
      "service_full.json",
      "service_list.json",
      "organization_list.json",
      "service_at_location_full.json",
      "taxonomy_term.json",
      "taxonomy_term_list.json",
    ];
    for (const file of files) {
      const report = await apply(path.join(HSDS_DIR, "examples", file));
      expect({ file, status: report.status, refused: report.counts.refused }).toEqual({
        file,
        status: "applied",
        refused: 0,
      });
      expect(report.counts.created + report.counts.updated + report.counts.unchanged).toBeGreaterThan(0);
    }
    const example = await db.service.findUniqueOrThrow({
      where: { id: "ac148810-d857-441c-9679-408f346de14b" },
      include: { phones: true },
    });
    expect(example.nameFr).toBe("Community Counselling");
    const report = await dryRun(path.join(HSDS_DIR, "examples", "service_full.json"));
    // The UK phone number is dropped with its reason; the record itself imports.
    expect(reportText(report, "en")).toMatch(/phones\.0\.number: Enter a 10-digit number/);
  });

  it("dry run reports what would happen and changes nothing", async () => {
    await createMunicipality({ name: "Ville-Import" });
    const file = await writeJson("dry.json", [organization(crypto.randomUUID(), "Entraide Essai")]);
    const before = await rowCounts();
    const report = await dryRun(file);
    expect(report.status).toBe("dry_run");
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 0 });
    const service = report.records.find((r) => r.entity === "service")!;
    expect(service.warnings).toEqual({ email: ["emailInvalid"] });
    expect(report.records.find((r) => r.entity === "organization")!.warnings).toEqual({
      "phones.1.number": ["phoneInvalid"],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("applies all or nothing: one refused record rolls everything back", async () => {
    const good = organization(crypto.randomUUID(), "Entraide Valide");
    const file = await writeJson("refused.json", [good, organization(crypto.randomUUID(), null)]);
    const before = await rowCounts();
    const report = await apply(file);
    expect(report.status).toBe("refused");
    expect(report.records.find((r) => r.outcome === "refused" && r.entity === "organization")!.errors).toEqual({
      nameFr: ["required"],
    });
    expect(await rowCounts()).toEqual(before);
    expect(await db.organization.findUnique({ where: { id: good.id } })).toBeNull();
  });

  it("writes through the domain rules (audit with the import id, search outbox) and re-imports idempotently", async () => {
    const record = organization(crypto.randomUUID(), "Entraide Idempotente");
    const file = await writeJson("twice.json", [record]);
    const first = await apply(file, "partenaire");
    expect(first.counts).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 0 });
    const service = await db.service.findUniqueOrThrow({ where: { id: record.services[0].id } });
    expect(service).toMatchObject({ nameFr: "Service de Entraide Idempotente", nameEn: "Food help", email: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: service.id } });
    expect(audit).toMatchObject({ action: "service.import_create", actorLabel: `import ${first.importId}` });
    expect(audit.after).toMatchObject({ importId: first.importId, source: "partenaire" });
    expect(await db.searchOutbox.count({ where: { entityId: service.id } })).toBeGreaterThan(0);
    const audits = await db.auditEvent.count();
    const second = await apply(file, "partenaire");
    expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: 2, refused: 0 });
    expect(await db.auditEvent.count()).toBe(audits);
    const changed = await writeJson("changed.json", [{ ...record, description: "Nouvelle description." }]);
    expect((await apply(changed, "partenaire")).counts).toEqual({ created: 0, updated: 1, unchanged: 1, refused: 0 });
    expect(await db.organization.count({ where: { nameFr: "Entraide Idempotente" } })).toBe(1);
  });

  it("imports the official HSDS CSV datapackage", async () => {
    const report = await importDirectory(SYSTEM, path.join(HSDS_DIR, "examples", "csv"), {
      format: "hsds-csv",
      dryRun: false,
      source: "csv-example",
    });
    expect(report.status).toBe("applied");
    expect(report.counts.refused).toBe(0);
    const service = await db.service.findUniqueOrThrow({
      where: { id: "ac148810-d857-441c-9679-408f346de14b" },
      include: { languages: true, schedules: { include: { ranges: true } }, serviceAtLocations: true },
    });
    expect(service.languages.length).toBeGreaterThan(0);
    expect(service.schedules[0].ranges.map((r) => r.weekday).sort()).toEqual([4, 5]);
    expect(service.serviceAtLocations).toHaveLength(1);
  });

  it("shows duplicate candidates of new organizations in the report", async () => {
    await createOrganization({ nameFr: "Centre d'action bénévole de Bellechasse" });
    const file = await writeJson("duplicate.json", [
      { ...organization(crypto.randomUUID(), "CAB de Bellechasse"), services: [] },
    ]);
    const report = await dryRun(file);
    const created = report.records.find((r) => r.entity === "organization")!;
    expect(created.duplicates).toContainEqual(
      expect.objectContaining({ name: "Centre d'action bénévole de Bellechasse", reasons: ["abbreviation"] }),
    );
    expect(reportText(report, "fr")).toMatch(/Doublon possible : Centre d'action bénévole de Bellechasse .*sigle/);
  });

  it("compares a file's new organizations with the directory, not with each other, until the import ends", async () => {
    await createOrganization({ nameFr: "Popote roulante de Montmagny" });
    const file = await writeJson("look-alikes.json", [
      { ...organization(crypto.randomUUID(), "Popote roulante de Montmagny – secteur Est"), services: [] },
      { ...organization(crypto.randomUUID(), "Popote roulante de Montmagny – secteur Ouest"), services: [] },
    ]);
    // One record per chunk: the second is compared after the first is written.
    const report = await importDirectory(SYSTEM, file, { format: "hsds-json", dryRun: false, chunkSize: 1 });
    const [east, west] = report.records.filter((r) => r.entity === "organization");
    for (const created of [east, west])
      expect(created.duplicates?.map((d) => d.name)).toContain("Popote roulante de Montmagny");
    expect(west.duplicates?.map((d) => d.name)).not.toContain("Popote roulante de Montmagny – secteur Est");

    // Once the import has ended, its organizations are candidates like any other.
    expect(await db.organization.count({ where: { pendingImportId: report.importId } })).toBe(0);
    const later = await findDuplicateCandidates({ nameFr: "Popote roulante de Montmagny, secteur Est" });
    expect(later.map((d) => d.name)).toContain("Popote roulante de Montmagny – secteur Est");
  });
});
