import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { organizationDefaults } from "@/lib/directory/form-defaults";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { updateOrganization } from "@/lib/directory/update-organization";
import { DomainError } from "@/lib/errors";
import { createMunicipality, createOrganization, createService } from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { applyChangeRequest } from "./apply-change-request";
import { ChangedSinceRequest } from "./changed-since-request";
import { createUpdateLink } from "./create-update-link";
import { describeValue } from "./field-values";
import { getChangeRequest } from "./get-change-request";
import { getUpdateForm } from "./get-update-form";
import { submitChangeRequest } from "./submit-change-request";

const tokenOf = (url: string) => url.split("/").pop()!;
const words = { alwaysOpen: "24/7", closed: "Fermé", closures: "Fermé le" };

/** One schedule as the hours editor posts it: every weekday, blank slots, blank closures. */
function postedWeek(days: Record<number, [string, string][]>) {
  const slots = (ranges: [string, string][] = []) => [
    ...ranges.map(([opens, closes]) => ({ opens, closes })),
    { opens: "", closes: "" },
    { opens: "", closes: "" },
  ];
  return {
    validFrom: "",
    validTo: "",
    notesFr: "",
    notesEn: "",
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`d${d}`, slots(days[d])])),
    closures: [{ date: "", reasonFr: "", reasonEn: "" }],
  };
}

async function organizationWithSite() {
  const municipality = await createMunicipality({ name: "Lévis", regionCode: "12" });
  const organization = await createOrganization({ nameFr: "Entraide Lévis" });
  const service = await createService({
    organizationId: organization.id,
    hours: [
      [1, "09:00", "17:00"],
      [2, "09:00", "17:00"],
    ],
    location: { municipalityId: municipality.id, address1: "100, rue Principale", postalCode: "G6V 1A1" },
  });
  const location = await db.location.findFirstOrThrow({ where: { organizationId: organization.id } });
  return { organization, service, location, municipality };
}

describe("hours and addresses through the update link", () => {
  it("are proposed with the back-office's validation, shown readably, and applied field by field", async () => {
    const editor = await createActor("editor");
    const { organization, service, location } = await organizationWithSite();
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const token = tokenOf(link.url);

    const form = await getUpdateForm(token);
    if (form.state !== "valid") throw new Error(form.state);
    expect(form.locations.map((l) => l.id)).toEqual([location.id]);
    expect(form.values.locations[location.id]).toMatchObject({
      address1: "100, rue Principale",
      postalCode: "G6V 1A1",
    });
    expect(form.values.services[service.id].schedules).toMatchObject([
      {
        ranges: [
          { weekday: 1, opens: "09:00", closes: "17:00" },
          { weekday: 2, opens: "09:00", closes: "17:00" },
        ],
      },
    ]);

    // The hours as the form posts them back untouched (blank slots, an extra blank schedule): no change.
    const unchanged = postedWeek({ 1: [["09:00", "17:00"]], 2: [["9 h", "17 h"]] });
    const untouched = await submitChangeRequest(token, {
      services: { [service.id]: { schedules: [unchanged, postedWeek({})] } },
    });
    expect((await getChangeRequest(editor, untouched.id)).changes).toEqual([]);

    // Invalid hours and a bad postal code: the back-office's messages, keyed by the form's names.
    const invalid = await submitChangeRequest(token, {
      services: { [service.id]: { schedules: [postedWeek({ 1: [["9:00", "25:00"]] })] } },
      locations: { [location.id]: { postalCode: "ABC" } },
    }).catch((e: unknown) => e);
    expect((invalid as DomainError & { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({
      [`services.${service.id}.schedules.0.d1.0.closes`]: ["timeInvalid"],
      [`locations.${location.id}.postalCode`]: ["postalCodeInvalid"],
    });

    const { id } = await submitChangeRequest(token, {
      services: { [service.id]: { schedules: [postedWeek({ 1: [["8:30", "16:00"]], 3: [["13:00", "20:00"]] })] } },
      locations: { [location.id]: { address1: "250, rue Nouvelle", postalCode: "g6v 2b2" } },
    });
    const request = await getChangeRequest(editor, id);
    expect(request.changes.map((c) => c.key).sort()).toEqual(
      [
        `locations.${location.id}.address1`,
        `locations.${location.id}.postalCode`,
        `services.${service.id}.schedules`,
      ].sort(),
    );
    const hours = request.changes.find((c) => c.field === "schedules")!;
    const context = { locale: "fr" as const, empty: "(vide)", hours: words, municipalities: request.municipalities };
    expect(describeValue("schedules", hours.before, context)).toBe("Lun 9:00–17:00 · Mar 9:00–17:00");
    expect(describeValue("schedules", hours.after, context)).toBe("Lun 8:30–16:00 · Mer 13:00–20:00");
    expect(request.changes.find((c) => c.field === "postalCode")!.after).toBe("G6V 2B2");

    const outboxBefore = (await db.searchOutbox.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await applyChangeRequest(editor, {
      id,
      accept: [hours.key],
      seen: request.versions,
    });
    const schedules = await db.schedule.findMany({ where: { serviceId: service.id }, include: { ranges: true } });
    expect(schedules.flatMap((s) => s.ranges.map((r) => [r.weekday, r.opensAt, r.closesAt])).sort()).toEqual([
      [1, 510, 960],
      [3, 780, 1200],
    ]);
    const address = await db.address.findFirstOrThrow({ where: { locationId: location.id } });
    expect(address).toMatchObject({ address1: "100, rue Principale", postalCode: "G6V 1A1" }); // rejected
    expect(await db.auditEvent.count({ where: { entityId: service.id, action: "service.update" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: location.id, action: "location.update" } })).toBe(0);
    expect(
      await db.searchOutbox.count({ where: { id: { gt: outboxBefore }, entityType: "service", entityId: service.id } }),
    ).toBeGreaterThan(0);
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id } })).decisions).toEqual({
      [hours.key]: "accepted",
      [`locations.${location.id}.address1`]: "rejected",
      [`locations.${location.id}.postalCode`]: "rejected",
    });
  });

  it("apply an accepted address through the location's own write; a service's other changes keep its hours", async () => {
    const editor = await createActor("editor");
    const { organization, service, location } = await organizationWithSite();
    const other = await createMunicipality({ name: "Saint-Romuald", regionCode: "12" });
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const { id } = await submitChangeRequest(tokenOf(link.url), {
      services: { [service.id]: { email: "info@entraide.example.org" } },
      locations: { [location.id]: { municipalityId: other.id } },
    });
    const request = await getChangeRequest(editor, id);
    const moved = request.changes.find((c) => c.field === "municipalityId")!;
    expect(request.municipalities.get(moved.after as string)).toBe("Saint-Romuald");
    await applyChangeRequest(editor, { id, accept: request.changes.map((c) => c.key), seen: request.versions });
    const address = await db.address.findFirstOrThrow({ where: { locationId: location.id } });
    expect(address).toMatchObject({ municipalityId: other.id, city: "Saint-Romuald", address1: "100, rue Principale" });
    expect(await db.auditEvent.count({ where: { entityId: location.id, action: "location.update" } })).toBe(1);
    // The service was saved (its email) through its form's own shape: its hours are intact.
    expect((await db.service.findUniqueOrThrow({ where: { id: service.id } })).email).toBe("info@entraide.example.org");
    expect(await db.scheduleRange.count({ where: { schedule: { serviceId: service.id } } })).toBe(2);
  });
});

describe("a record edited since the organization's request", () => {
  it("is refused until the editor has seen the change, then applied field by field; the request is kept", async () => {
    const editor = await createActor("editor");
    const organization = await createOrganization({ nameFr: "Entraide Bellechasse", nameEn: null });
    await db.phone.create({ data: { organizationId: organization.id, number: "418 555-0101", position: 0 } });
    await createService({ organizationId: organization.id });
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const { id } = await submitChangeRequest(tokenOf(link.url), {
      organization: { phones: [{ number: "418 555-0199" }], nameEn: "Bellechasse Mutual Aid" },
    });
    const seenBefore = (await getChangeRequest(editor, id)).versions;

    // Meanwhile an editor corrects the same phone in the back-office.
    const org = await getOrganizationForEdit(editor, organization.id);
    await updateOrganization(editor, organization.id, {
      ...organizationDefaults(org),
      phones: [{ number: "418 555-0150", type: "voice" }],
    });

    const refused = await applyChangeRequest(editor, {
      id,
      accept: ["organization.phones", "organization.nameEn"],
      seen: seenBefore,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ChangedSinceRequest);
    expect((refused as ChangedSinceRequest).code).toBe("conflict");
    expect((refused as ChangedSinceRequest).fields).toEqual(["organization.phones"]);
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe("new");
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).nameEn).toBeNull();

    // The merge view: the value when proposed, the value now, the proposal.
    const merge = await getChangeRequest(editor, id);
    const phones = merge.changes.find((c) => c.key === "organization.phones")!;
    expect(phones).toMatchObject({
      changedSince: true,
      before: [{ number: "418 555-0101", extension: null }],
      current: [{ number: "418 555-0150", extension: null }],
      after: [{ number: "418 555-0199", extension: null }],
    });
    expect(merge.changes.find((c) => c.key === "organization.nameEn")!.changedSince).toBe(false);

    // Having seen it, the editor keeps the back-office's phone and publishes the English name.
    await applyChangeRequest(editor, { id, accept: ["organization.nameEn"], seen: merge.versions });
    const saved = await db.organization.findUniqueOrThrow({
      where: { id: organization.id },
      include: { phones: true },
    });
    expect(saved.nameEn).toBe("Bellechasse Mutual Aid");
    expect(saved.phones.map((p) => p.number)).toEqual(["418 555-0150"]);
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe("applied");
  });

  it("accepts the organization's value over the edit when the editor chose it on the merge view", async () => {
    const editor = await createActor("editor");
    const organization = await createOrganization();
    await createService({ organizationId: organization.id });
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const { id } = await submitChangeRequest(tokenOf(link.url), { organization: { website: "https://a.example.org" } });
    const org = await getOrganizationForEdit(editor, organization.id);
    await updateOrganization(editor, organization.id, {
      ...organizationDefaults(org),
      website: "https://b.example.org",
    });
    const merge = await getChangeRequest(editor, id);
    await applyChangeRequest(editor, { id, accept: ["organization.website"], seen: merge.versions });
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).website).toBe(
      "https://a.example.org",
    );
  });
});
