import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importDirectory, resumeImport, startImport } from "@/lib/open-data/import/import-directory";
import { allIssues, issuesPage, storedReportText } from "@/lib/open-data/import/import-issues";
import { createMunicipality } from "@/tests/factories/directory";

// Large files are applied as a job, chunk by chunk (decision 014): a job stopped after chunk k
// resumes and ends exactly as an uninterrupted one; a refused record does not stop the others.

const SYSTEM = { kind: "system", label: "test" } as const;
const folder = await mkdtemp(path.join(tmpdir(), "hsds-chunked-"));
const CHUNK = 3;

/** n organizations, each with a site (in a known municipality) and a service offered there. */
function directoryFile(n: number, city: string, refuse?: number) {
  return Array.from({ length: n }, (_, index) => {
    const location = {
      id: crypto.randomUUID(),
      location_type: "physical",
      name: `Bureau ${index}`,
      addresses: [{ id: crypto.randomUUID(), address_1: `${index}, rue du Lot`, city, postal_code: "G6V 6N5" }],
    };
    return {
      id: crypto.randomUUID(),
      name: index === refuse ? null : `Entraide par lots ${crypto.randomUUID().slice(0, 8)} ${index}`,
      description: "Organisme communautaire.",
      phones: [{ id: crypto.randomUUID(), number: "418 555-0101" }],
      locations: [location],
      services: [
        {
          id: crypto.randomUUID(),
          name: `Dépannage ${index}`,
          description: "Aide alimentaire.",
          status: "active",
          phones: [{ id: crypto.randomUUID(), number: "418 555-0102" }],
          service_at_locations: [{ id: crypto.randomUUID(), location: { id: location.id } }],
        },
      ],
    };
  });
}

async function writeJson(value: unknown) {
  const file = path.join(folder, `${crypto.randomUUID()}.json`);
  await writeFile(file, JSON.stringify(value));
  return file;
}

/** Everything the import wrote for these organizations, ids included (the file's ids are kept). */
async function snapshot(organizationIds: string[], source: string, importId: string) {
  const where = { organizationId: { in: organizationIds } };
  const phone = { select: { id: true, number: true, position: true }, orderBy: { id: "asc" as const } };
  return {
    organizations: await db.organization.findMany({
      where: { id: { in: organizationIds } },
      select: { id: true, slug: true, nameFr: true, descriptionFr: true, version: true, phones: phone },
      orderBy: { id: "asc" },
    }),
    services: await db.service.findMany({
      where,
      select: {
        id: true,
        slug: true,
        nameFr: true,
        version: true,
        phones: phone,
        serviceAtLocations: { select: { id: true, locationId: true } },
      },
      orderBy: { id: "asc" },
    }),
    locations: await db.location.findMany({
      where,
      select: { id: true, nameFr: true, addresses: { select: { id: true, municipalityId: true, postalCode: true } } },
      orderBy: { id: "asc" },
    }),
    links: await db.externalIdentifier.findMany({
      where: { source },
      select: { entityType: true, externalId: true, recordId: true, contentHash: true },
      orderBy: [{ entityType: "asc" }, { externalId: "asc" }],
    }),
    audit: await db.auditEvent.findMany({
      where: { after: { path: ["importId"], equals: importId } },
      select: { action: true, entityId: true, actorLabel: true },
      orderBy: [{ entityId: "asc" }, { action: "asc" }],
    }),
  };
}

/** Removes what an import wrote, so that the same file can be imported again into the same state. */
async function removeImported(organizationIds: string[], source: string) {
  const where = { organizationId: { in: organizationIds } };
  await db.service.deleteMany({ where });
  await db.location.deleteMany({ where });
  await db.phone.deleteMany({ where });
  await db.organization.deleteMany({ where: { id: { in: organizationIds } } });
  await db.externalIdentifier.deleteMany({ where: { source } });
}

const normalized = (state: Awaited<ReturnType<typeof snapshot>>, importId: string) => ({
  ...state,
  audit: state.audit.map((event) => ({ ...event, actorLabel: event.actorLabel.replace(importId, "ID") })),
});

describe("chunked import (a resumable job)", () => {
  it("stopped after chunk k (Ctrl-C or a crash), resumes and ends exactly as an uninterrupted import", async () => {
    const city = `Ville-Lots ${crypto.randomUUID().slice(0, 6)}`;
    await createMunicipality({ name: city });
    const records = directoryFile(10, city);
    const ids = records.map((r) => r.id);
    const file = await writeJson(records);
    const options = { format: "hsds-json" as const, dryRun: false, chunked: true, chunkSize: CHUNK, source: "lots" };

    const whole = await importDirectory(SYSTEM, file, options);
    expect(whole).toMatchObject({ status: "applied", chunked: true });
    expect(whole.counts).toEqual({ created: 20, updated: 0, unchanged: 0, refused: 0 });
    const job = await db.dataImport.findUniqueOrThrow({ where: { id: whole.importId } });
    expect(job).toMatchObject({ status: "applied", chunked: true, position: 10, chunks: 4 });
    const expected = normalized(await snapshot(ids, "lots", whole.importId), whole.importId);
    expect(expected.audit).toHaveLength(30); // organizations, sites and services
    await removeImported(ids, "lots");

    // Ctrl-C during chunk 2: that chunk is committed, then the job stops.
    const stop = new AbortController();
    const first = await importDirectory(SYSTEM, file, {
      ...options,
      signal: stop.signal,
      onProgress: ({ chunks }) => chunks === 2 && stop.abort(),
    });
    expect(first.status).toBe("interrupted");
    expect(await db.dataImport.findUniqueOrThrow({ where: { id: first.importId } })).toMatchObject({
      status: "interrupted",
      position: 2 * CHUNK,
      counts: { created: 4 * CHUNK, updated: 0, unchanged: 0, refused: 0 },
    });
    expect(await db.organization.count({ where: { id: { in: ids } } })).toBe(2 * CHUNK);
    // Stopped, the job's organizations are duplicate candidates like any other (find-duplicates.ts).
    expect(await db.organization.count({ where: { pendingImportId: first.importId } })).toBe(0);

    // A crash after chunk 3 (the process dies: nothing after the committed chunk).
    let crash = true;
    const resumed = await resumeImport(SYSTEM, first.importId, file, {
      chunkSize: CHUNK,
      onProgress: ({ chunks }) => {
        if (chunks === 1 && crash) throw new Error("killed");
      },
    });
    await expect(resumed.done).rejects.toThrow("killed");
    expect(await db.dataImport.findUniqueOrThrow({ where: { id: first.importId } })).toMatchObject({
      status: "failed",
      position: 3 * CHUNK,
    });
    crash = false;
    const last = await (await resumeImport(SYSTEM, first.importId, file, { chunkSize: CHUNK })).done;
    expect(last).toMatchObject({ status: "applied", counts: whole.counts });
    expect(await db.dataImport.findUniqueOrThrow({ where: { id: first.importId } })).toMatchObject({
      status: "applied",
      position: 10,
      chunks: 4,
    });
    expect(normalized(await snapshot(ids, "lots", first.importId), first.importId)).toEqual(expected);

    // Once finished, the job is not resumable; re-importing the file changes nothing.
    await expect(resumeImport(SYSTEM, first.importId, file)).rejects.toMatchObject({
      fieldErrors: { import: ["notResumable"] },
    });
    const audits = await db.auditEvent.count();
    const again = await importDirectory(SYSTEM, file, options);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 20, refused: 0 });
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("resumes only the file it started with", async () => {
    const city = `Ville-Lots ${crypto.randomUUID().slice(0, 6)}`;
    const file = await writeJson(directoryFile(4, city));
    const stop = new AbortController();
    stop.abort();
    const { importId, done } = await startImport(SYSTEM, file, {
      format: "hsds-json",
      dryRun: false,
      chunked: true,
      chunkSize: CHUNK,
      signal: stop.signal,
    });
    expect((await done).status).toBe("interrupted");
    const other = await writeJson(directoryFile(4, city));
    await expect(resumeImport(SYSTEM, importId, other)).rejects.toMatchObject({
      fieldErrors: { file: ["notTheJobsFile"] },
    });
  });

  it("reports a refused record and writes the others (unlike all-or-nothing)", async () => {
    const city = `Ville-Lots ${crypto.randomUUID().slice(0, 6)}`;
    await createMunicipality({ name: city });
    const records = directoryFile(7, city, 4);
    const file = await writeJson(records);
    const report = await importDirectory(SYSTEM, file, {
      format: "hsds-json",
      dryRun: false,
      chunked: true,
      chunkSize: CHUNK,
    });
    expect(report.status).toBe("applied");
    expect(report.counts).toEqual({ created: 12, updated: 0, unchanged: 0, refused: 2 });
    expect(await db.organization.count({ where: { id: { in: records.map((r) => r.id) } } })).toBe(6);
    const issues = (await issuesPage(report.importId)).records;
    expect(issues.filter((issue) => issue.outcome === "refused")).toEqual([
      expect.objectContaining({ row: 5, entity: "organization", errors: { nameFr: ["required"] } }),
      expect.objectContaining({ row: 5, entity: "service", errors: { organization: ["organizationRefused"] } }),
    ]);
  });

  it("a record named twice in one chunk is created, then updated (its new rows are written first)", async () => {
    const city = `Ville-Lots ${crypto.randomUUID().slice(0, 6)}`;
    const [record] = directoryFile(1, city);
    const changed = { ...record, description: "Mission mise à jour." };
    const file = await writeJson([record, changed]);
    const report = await importDirectory(SYSTEM, file, { format: "hsds-json", dryRun: false, chunked: true });
    expect(report.counts).toMatchObject({ created: 2, updated: 1, refused: 0 });
    expect(await db.organization.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      descriptionFr: "Mission mise à jour.",
      version: 2,
    });
  });

  it("keeps every report entry of a large file as rows, and the report reads them all, page by page", async () => {
    const city = `Ville-Lots ${crypto.randomUUID().slice(0, 6)}`;
    await createMunicipality({ name: city });
    // 1,300 records, each refused (no name): more entries than a page or the returned report holds.
    const records = Array.from({ length: 1300 }, (_, index) => ({
      id: crypto.randomUUID(),
      name: null,
      description: `Organisme ${index}.`,
      services: [],
    }));
    const file = await writeJson(records);
    const report = await importDirectory(SYSTEM, file, {
      format: "hsds-json",
      dryRun: false,
      chunked: true,
      chunkSize: 400,
    });
    expect(report.counts.refused).toBe(1300);
    expect(report.records).toHaveLength(1000);
    const rows = [];
    for await (const page of allIssues(report.importId)) {
      expect(page.length).toBeLessThanOrEqual(500);
      rows.push(...page.map((issue) => issue.row));
    }
    expect(rows).toEqual(records.map((_, index) => index + 1));
    let text = "";
    for await (const piece of (await storedReportText(report.importId, "en"))!) text += piece;
    expect(text.match(/^#\d+ organization /gm)).toHaveLength(1300);
    expect(text).toMatch(/^#1300 organization .*→ refused$/m);
  });
});
