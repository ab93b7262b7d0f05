import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { createMunicipality, createOrganization, createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { getVerificationCounters } from "./get-verification-counters";
import { listReviewQueue } from "./list-review-queue";
import { setReviewPlan } from "./set-review-plan";
import { verifyRecord } from "./verify-record";

const NOW = new Date("2026-12-02T15:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("verifying a record", () => {
  it("logs who, when and how, sets the next review by the record's interval, audits and syncs search", async () => {
    const editor = await createActor("editor");
    const service = await createService();
    const result = await verifyRecord(
      editor,
      { entity: "service", id: service.id, version: 1, method: "phone", note: "Confirmé avec la coordonnatrice" },
      NOW,
    );
    expect(result.nextReviewAt.toISOString().slice(0, 10)).toBe("2027-12-02");
    const saved = await db.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(saved).toMatchObject({ lastVerifiedAt: NOW, lastVerifiedById: editor.id, version: 2 });
    expect(await db.verification.findMany({ where: { serviceId: service.id } })).toMatchObject([
      { method: "phone", note: "Confirmé avec la coordonnatrice", verifiedById: editor.id },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: service.id, action: "service.verify" } });
    expect(audit.after).toMatchObject({ method: "phone", nextReviewAt: "2027-12-02", intervalMonths: 12 });
    expect(await db.searchOutbox.count({ where: { entityId: service.id } })).toBeGreaterThan(0);

    // A six-month interval is kept for the record and used by the next verification.
    const organization = await createOrganization();
    await verifyRecord(
      editor,
      { entity: "organization", id: organization.id, version: 1, method: "web", intervalMonths: 6 },
      NOW,
    );
    await verifyRecord(editor, { entity: "organization", id: organization.id, version: 2, method: "email" }, NOW);
    const org = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(org.nextReviewAt).toEqual(day("2027-06-02"));
    expect(await db.verification.count({ where: { organizationId: organization.id } })).toBe(2);
  });

  it("is refused on a stale version, to viewers, and with an unknown method", async () => {
    const editor = await createActor("editor");
    const organization = await createOrganization();
    const input = { entity: "organization", id: organization.id, version: 7, method: "phone" };
    await expect(verifyRecord(editor, input, NOW)).rejects.toBeInstanceOf(Conflict);
    await expect(verifyRecord(await createActor("viewer"), { ...input, version: 1 })).rejects.toBeInstanceOf(Forbidden);
    await expect(verifyRecord(editor, { ...input, version: 1, method: "telepathy" })).rejects.toBeInstanceOf(Invalid);
  });
});

describe("the review queue", () => {
  it("lists what is due within 30 days or overdue, most urgent first, filtered by region, category and assignee", async () => {
    const editor = await createActor("editor");
    const beauce = await createMunicipality({ regionCode: "12", mrc: "Beauce-Test" });
    const term = await createTaxonomyTerm({ code: `REV${Date.now()}` });
    const organization = await createOrganization();
    const late = await createService({
      organizationId: organization.id,
      taxonomyTermIds: [term.id],
      location: { municipalityId: beauce.id },
    });
    const soon = await createService({ organizationId: organization.id });
    const later = await createService({ organizationId: organization.id });
    await db.organization.update({ where: { id: organization.id }, data: { nextReviewAt: day("2027-06-01") } });
    await db.service.update({ where: { id: late.id }, data: { nextReviewAt: day("2026-10-01") } });
    await db.service.update({ where: { id: soon.id }, data: { nextReviewAt: day("2026-12-20") } });
    await db.service.update({ where: { id: later.id }, data: { nextReviewAt: day("2027-03-01") } });

    const mine = (rows: Awaited<ReturnType<typeof listReviewQueue>>) =>
      rows.filter((row) => row.organizationId === organization.id).map((row) => row.id);
    expect(mine(await listReviewQueue(editor, {}, NOW))).toEqual([late.id, soon.id]);
    expect(mine(await listReviewQueue(editor, { region: "12", mrc: "Beauce-Test" }, NOW))).toEqual([late.id, soon.id]);
    expect(mine(await listReviewQueue(editor, { region: "03" }, NOW))).toEqual([]);
    expect(mine(await listReviewQueue(editor, { category: term.code }, NOW))).toEqual([late.id]);

    await setReviewPlan(editor, { entity: "service", id: soon.id, assigneeId: editor.id });
    expect(mine(await listReviewQueue(editor, { assignee: "me" }, NOW))).toEqual([soon.id]);
    expect(mine(await listReviewQueue(editor, { assignee: "none" }, NOW))).toEqual([late.id]);
    const agent = await createActor("agent");
    await expect(
      setReviewPlan(editor, { entity: "service", id: soon.id, assigneeId: agent.id }),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(listReviewQueue(agent)).rejects.toBeInstanceOf(Forbidden);
  });

  it("counts verified-within-a-year and overdue records, overall and by region", async () => {
    const viewer = await createActor("viewer");
    const before = await getVerificationCounters(viewer, NOW);
    const quebec = await createMunicipality({ regionCode: "03" });
    const fresh = await createService({ location: { municipalityId: quebec.id } });
    await db.service.update({
      where: { id: fresh.id },
      data: { lastVerifiedAt: day("2026-06-01"), nextReviewAt: day("2027-06-01") },
    });
    const stale = await createService();
    await db.service.update({
      where: { id: stale.id },
      data: { lastVerifiedAt: day("2025-01-01"), nextReviewAt: day("2026-01-01") },
    });
    const after = await getVerificationCounters(viewer, NOW);
    // Two services and their two organizations (never verified) were added.
    expect(after.all.total - before.all.total).toBe(4);
    expect(after.all.verifiedWithinYear - before.all.verifiedWithinYear).toBe(1);
    expect(after.all.overdue - before.all.overdue).toBe(1);
    expect(after.all.neverVerified - before.all.neverVerified).toBe(2);
    const region03 = (c: typeof after) => c.byRegion.find((r) => r.region === "03")?.verifiedWithinYear ?? 0;
    expect(region03(after) - region03(before)).toBe(1);
  });
});
