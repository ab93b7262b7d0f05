import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { createOrganization } from "./create-organization";
import { updateOrganization } from "./update-organization";
import { archiveOrganization } from "./archive-organization";
import { restoreOrganization } from "./restore-organization";
import { verifyOrganization } from "./verify-organization";
import { archiveService } from "./archive-service";
import * as factories from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { auditRows, breakOutbox, organizationForm, outboxRows } from "@/tests/factories/records";

describe("createOrganization", () => {
  it("normalizes what was typed and audits the creation", async () => {
    const editor = await createActor("editor");
    const { id, slug } = await createOrganization(editor, organizationForm({ nameFr: "Entraide Saint-Émile" }));
    const org = await db.organization.findUniqueOrThrow({ where: { id }, include: { phones: true } });
    expect(slug).toBe("entraide-saint-emile");
    expect(org).toMatchObject({ website: "https://www.entraide.example.org", email: "info@entraide.example.org" });
    expect(org.phones.map((p) => [p.number, p.extension])).toEqual([["418 555-0199", "3"]]);
    expect((await auditRows(id)).map((row) => [row.action, row.actorId])).toEqual([["organization.create", editor.id]]);
  });

  it("gives a second organization of the same name its own slug", async () => {
    const editor = await createActor("editor");
    const a = await createOrganization(editor, organizationForm({ nameFr: "Même nom" }));
    const b = await createOrganization(editor, organizationForm({ nameFr: "Même nom" }));
    expect(a.slug).not.toBe(b.slug);
  });

  it("reports all errors, and the viewer is refused before validation", async () => {
    const error = await createOrganization(await createActor("admin"), {
      nameFr: "",
      descriptionFr: "",
      website: "not a url",
      email: "a@",
      yearIncorporated: "1700",
    }).catch((e) => e);
    expect((error as Invalid).fieldErrors).toEqual({
      nameFr: ["required"],
      descriptionFr: ["required"],
      website: ["urlInvalid"],
      email: ["emailInvalid"],
      yearIncorporated: ["yearRange"],
    });
    await expect(createOrganization(await createActor("viewer"), {})).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("updateOrganization", () => {
  it("enqueues every service of the organization in the same transaction", async () => {
    const org = await factories.createOrganization();
    const services = [
      await factories.createService({ organizationId: org.id }),
      await factories.createService({ organizationId: org.id }),
    ];
    await updateOrganization(
      await createActor("editor"),
      org.id,
      organizationForm({ version: 1, nameFr: "Nouveau nom" }),
    );
    for (const service of services) expect(await outboxRows(service.id)).toHaveLength(1);
    const [event] = await auditRows(org.id);
    expect(event.before).toMatchObject({ nameFr: org.nameFr });
    expect(event.after).toMatchObject({ nameFr: "Nouveau nom" });
  });

  it("conflict names the person who saved in between", async () => {
    const org = await factories.createOrganization();
    const first = await createActor("editor");
    await updateOrganization(first, org.id, organizationForm({ version: 1 }));
    const error = await updateOrganization(await createActor("editor"), org.id, organizationForm({ version: 1 })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(Conflict);
    expect(error.details.updatedBy).toBe(`${first.name} (${first.email})`);
  });

  it("a failure after the audit row leaves nothing behind", async () => {
    const org = await factories.createOrganization();
    const service = await factories.createService({ organizationId: org.id });
    const repair = await breakOutbox();
    try {
      await expect(
        updateOrganization(await createActor("editor"), org.id, organizationForm({ version: 1, nameFr: "X" })),
      ).rejects.toThrow();
    } finally {
      await repair();
    }
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      nameFr: org.nameFr,
      version: 1,
    });
    expect(await auditRows(org.id)).toHaveLength(0);
    expect(await outboxRows(service.id)).toHaveLength(0);
  });
});

describe("archive, restore and verify", () => {
  it("archiving takes the services along; restoring brings back only those", async () => {
    const editor = await createActor("editor");
    const org = await factories.createOrganization();
    const kept = await factories.createService({ organizationId: org.id });
    const archivedBefore = await factories.createService({ organizationId: org.id });
    await archiveService(editor, archivedBefore.id, 1);

    await archiveOrganization(editor, org.id, 1);
    const archived = await db.service.findUniqueOrThrow({ where: { id: kept.id } });
    expect(archived.deletedAt).not.toBeNull();
    expect(await outboxRows(kept.id)).toHaveLength(1);

    await restoreOrganization(editor, org.id, 2);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).deletedAt).toBeNull();
    expect((await db.service.findUniqueOrThrow({ where: { id: kept.id } })).deletedAt).toBeNull();
    expect((await db.service.findUniqueOrThrow({ where: { id: archivedBefore.id } })).deletedAt).not.toBeNull();
    expect((await auditRows(org.id)).map((row) => row.action)).toEqual([
      "organization.archive",
      "organization.restore",
    ]);
  });

  it("verifying stamps who and when and sets the next review a year later", async () => {
    const editor = await createActor("editor");
    const org = await factories.createOrganization();
    await verifyOrganization(editor, org.id, 1, new Date("2026-11-29T15:00:00Z"));
    const verified = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(verified.lastVerifiedById).toBe(editor.id);
    expect(verified.nextReviewAt?.toISOString().slice(0, 10)).toBe("2027-11-29");
    await expect(verifyOrganization(await createActor("agent"), org.id, 2)).rejects.toBeInstanceOf(Forbidden);
  });
});
