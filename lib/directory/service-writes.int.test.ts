import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { createService } from "./create-service";
import { updateService } from "./update-service";
import { archiveService } from "./archive-service";
import { serviceSubmission } from "./form-defaults";
import { serviceForEditInclude } from "./get-organization-for-edit";
import { restoreService } from "./restore-service";
import * as factories from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { auditRows, breakOutbox, outboxRows, serviceForm } from "@/tests/factories/records";

async function editorAndService() {
  const editor = await createActor("editor");
  const org = await factories.createOrganization();
  const created = await createService(editor, org.id, serviceForm());
  return { editor, org, created };
}

describe("createService", () => {
  it("stores normalized phones and hours, with an audit row and an outbox row", async () => {
    const { editor, created } = await editorAndService();
    const service = await db.service.findUniqueOrThrow({
      where: { id: created.id },
      include: { phones: true, schedules: { include: { ranges: true } }, languages: true },
    });
    expect(service.updatedById).toBe(editor.id);
    expect(service.phones.map((p) => [p.number, p.extension])).toEqual([["418 555-0123", "12"]]);
    expect(service.schedules[0].ranges).toMatchObject([{ weekday: 1, opensAt: 540, closesAt: 720 }]);
    const audit = await auditRows(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "service.create", actorId: editor.id, actorLabel: editor.email });
    expect(await outboxRows(created.id)).toHaveLength(1);
  });

  it("refuses viewers and agents, even with a valid form", async () => {
    const org = await factories.createOrganization();
    for (const role of ["viewer", "agent"] as const) {
      await expect(createService(await createActor(role), org.id, serviceForm())).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db.service.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("returns every field error at once, as message keys", async () => {
    const org = await factories.createOrganization();
    const error = await createService(
      await createActor("admin"),
      org.id,
      serviceForm({
        nameFr: " ",
        url: "javascript:alert(1)",
        email: "nope",
        minimumAge: "65",
        maximumAge: "18",
        phones: [{ number: "555-01" }],
        schedules: [
          {
            d2: [
              { opens: "08:00", closes: "12:00" },
              { opens: "11:00", closes: "13:00" },
            ],
          },
        ],
      }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({
      nameFr: ["required"],
      url: ["urlInvalid"],
      email: ["emailInvalid"],
      maximumAge: ["ageOrder"],
      "phones.0.number": ["phoneInvalid"],
      "schedules.0.d2.1.opens": ["rangeOverlap"],
    });
  });

  it("refuses a location of another organization", async () => {
    const municipality = await factories.createMunicipality();
    const elsewhere = await factories.createService({ location: { municipalityId: municipality.id } });
    const otherLocation = await db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: elsewhere.id } });
    const org = await factories.createOrganization();
    const error = await createService(
      await createActor("editor"),
      org.id,
      serviceForm({ locationIds: [otherLocation.locationId] }),
    ).catch((e) => e);
    expect((error as Invalid).fieldErrors).toEqual({ locationIds: ["unknownOption"] });
    expect(await db.service.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("updateService", () => {
  it("saves every field, bumps the version and audits only what changed", async () => {
    const { editor, created } = await editorAndService();
    const term = await factories.createTaxonomyTerm();
    const result = await updateService(
      editor,
      created.id,
      serviceForm({
        version: created.version,
        nameEn: "Food counter",
        phones: [{ number: "1-800-555-0199" }],
        languages: ["fr", "en"],
        taxonomyTermIds: [term.id],
        requiredDocuments: [{ documentFr: "Preuve de résidence" }, { documentFr: "" }],
        schedules: [
          {
            alwaysOpen: "",
            d5: [{ opens: "21:00", closes: "07:00" }],
            closures: [{ date: "2026-12-25", reasonFr: "Noël" }],
            validFrom: "2026-11-01",
            validTo: "2027-04-30",
          },
        ],
      }),
    );
    expect(result.version).toBe(created.version + 1);
    const service = await db.service.findUniqueOrThrow({
      where: { id: created.id },
      include: {
        phones: true,
        requiredDocuments: true,
        taxonomyTerms: true,
        schedules: { include: { closures: true } },
      },
    });
    expect(service).toMatchObject({ nameEn: "Food counter", version: 2 });
    expect(service.phones.map((p) => p.number)).toEqual(["1 800 555-0199"]);
    expect(service.requiredDocuments.map((d) => d.documentFr)).toEqual(["Preuve de résidence"]);
    expect(service.taxonomyTerms.map((t) => t.termId)).toEqual([term.id]);
    expect(service.schedules[0].closures).toHaveLength(1);

    const update = (await auditRows(created.id)).find((row) => row.action === "service.update")!;
    expect(Object.keys(update.after as object).sort()).toEqual(
      ["languages", "nameEn", "phones", "requiredDocuments", "schedules", "taxonomy"].sort(),
    );
    expect(update.before).toMatchObject({ nameEn: null, phones: ["418 555-0123 x12 (voice)"] });
    expect(await outboxRows(created.id)).toHaveLength(2);
  });

  it("takes back its edit form's own values unchanged: nothing audited as changed", async () => {
    const { editor, created } = await editorAndService();
    await updateService(
      editor,
      created.id,
      serviceForm({
        version: created.version,
        minimumAge: "16",
        schedules: [
          {
            d1: [
              { opens: "09:00", closes: "12:00" },
              { opens: "13:00", closes: "16:30" },
            ],
            d5: [{ opens: "21:00", closes: "07:00" }],
          },
        ],
      }),
    );
    const read = () => db.service.findUniqueOrThrow({ where: { id: created.id }, include: serviceForEditInclude });
    const before = await read();
    await updateService(editor, created.id, serviceSubmission(before));
    const after = await read();
    expect(after.version).toBe(before.version + 1);
    expect(serviceSubmission(after)).toEqual({ ...serviceSubmission(before), version: after.version });
    const last = (await auditRows(created.id)).filter((row) => row.action === "service.update").at(-1)!;
    expect(last.after ?? {}).toEqual({});
  });

  it("refuses a stale version with who changed it and when, and keeps their change", async () => {
    const { created } = await editorAndService();
    const other = await createActor("admin");
    await updateService(other, created.id, serviceForm({ version: created.version, nameFr: "Leur version" }));
    const error = await updateService(
      await createActor("editor"),
      created.id,
      serviceForm({ version: created.version, nameFr: "Ma version" }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).details).toMatchObject({
      currentVersion: 2,
      updatedBy: `${other.name} (${other.email})`,
      updatedAt: expect.any(Date),
    });
    expect((await db.service.findUniqueOrThrow({ where: { id: created.id } })).nameFr).toBe("Leur version");
  });

  it("two saves racing from the same version: one wins, the other gets Conflict", async () => {
    const { created } = await editorAndService();
    const [a, b] = [await createActor("editor"), await createActor("editor")];
    const results = await Promise.allSettled([
      updateService(a, created.id, serviceForm({ version: 1, nameFr: "A" })),
      updateService(b, created.id, serviceForm({ version: 1, nameFr: "B" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(Conflict);
    expect((await auditRows(created.id)).filter((row) => row.action === "service.update")).toHaveLength(1);
  });

  it("rolls everything back when the transaction fails after the audit row", async () => {
    const { editor, created } = await editorAndService();
    const repair = await breakOutbox();
    try {
      await expect(
        updateService(editor, created.id, serviceForm({ version: 1, nameFr: "Jamais", phones: [] })),
      ).rejects.toThrow(/outbox unavailable/);
    } finally {
      await repair();
    }
    const service = await db.service.findUniqueOrThrow({ where: { id: created.id }, include: { phones: true } });
    expect(service).toMatchObject({ nameFr: "Comptoir alimentaire", version: 1 });
    expect(service.phones).toHaveLength(1);
    expect((await auditRows(created.id)).map((row) => row.action)).toEqual(["service.create"]);
    expect(await outboxRows(created.id)).toHaveLength(1);
  });

  it("keeps a location link (and what hangs on it) that is still listed", async () => {
    const municipality = await factories.createMunicipality();
    const seeded = await factories.createService({ location: { municipalityId: municipality.id } });
    const link = await db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: seeded.id } });
    await db.phone.create({ data: { serviceAtLocationId: link.id, number: "418 555-0111" } });
    const editor = await createActor("editor");
    await updateService(editor, seeded.id, serviceForm({ version: 1, locationIds: [link.locationId] }));
    expect(await db.phone.count({ where: { serviceAtLocationId: link.id } })).toBe(1);
    await updateService(editor, seeded.id, serviceForm({ version: 2, locationIds: [] }));
    expect(await db.serviceAtLocation.count({ where: { serviceId: seeded.id } })).toBe(0);
  });
});

describe("archiveService / restoreService", () => {
  it("soft-deletes and restores, each audited and enqueued", async () => {
    const { editor, created } = await editorAndService();
    await archiveService(editor, created.id, 1);
    expect((await db.service.findUniqueOrThrow({ where: { id: created.id } })).deletedAt).not.toBeNull();
    await expect(archiveService(editor, created.id, 1)).rejects.toBeInstanceOf(Conflict);
    await restoreService(editor, created.id, 2);
    expect((await db.service.findUniqueOrThrow({ where: { id: created.id } })).deletedAt).toBeNull();
    expect((await auditRows(created.id)).map((row) => row.action)).toEqual([
      "service.create",
      "service.archive",
      "service.restore",
    ]);
    expect(await outboxRows(created.id)).toHaveLength(3);
  });

  it("refuses a viewer replaying an archive request", async () => {
    const { created } = await editorAndService();
    await expect(archiveService(await createActor("viewer"), created.id, 1)).rejects.toBeInstanceOf(Forbidden);
    await expect(archiveService(null, created.id, 1)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
