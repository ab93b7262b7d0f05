import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startMailCatcher, type MailCatcher } from "@/lib/email/mail-catcher";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { updateOrganization } from "@/lib/directory/update-organization";
import { organizationDefaults } from "@/lib/directory/form-defaults";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { createOrganization, createService } from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { applyChangeRequest } from "./apply-change-request";
import { changeModerationStatus } from "./change-moderation-status";
import { createUpdateLink } from "./create-update-link";
import { getChangeRequest } from "./get-change-request";
import { getUpdateForm } from "./get-update-form";
import { resolveUpdateLink } from "./resolve-update-link";
import { revokeUpdateLink } from "./revoke-update-link";
import { submitChangeRequest } from "./submit-change-request";
import { hashUpdateToken } from "./update-link-token";
import { sendReviewReminders } from "./send-review-reminders";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
});
afterAll(() => catcher.stop());

const tokenOf = (url: string) => url.split("/").pop()!;

async function organizationWithService() {
  const organization = await createOrganization({ nameFr: "Entraide Lévis" });
  await db.phone.create({ data: { organizationId: organization.id, number: "418 555-0101", position: 0 } });
  const service = await createService({ organizationId: organization.id, phones: [{ number: "418 555-0123" }] });
  return { organization, service };
}

describe("update links", () => {
  it("are signed, stored only as a keyed hash, emailed in the contact's language, and open one organization", async () => {
    const editor = await createActor("editor");
    const { organization, service } = await organizationWithService();
    const other = await createOrganization();
    const link = await createUpdateLink(editor, {
      organizationId: organization.id,
      email: "Direction@Entraide.example.org",
      locale: "en",
      send: true,
    });
    const token = tokenOf(link.url);
    expect(link.url).toContain("/en/update/");
    const stored = await db.updateLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(hashUpdateToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(
      JSON.stringify(await db.auditEvent.findMany({ where: { entityId: organization.id } }), (_, v) =>
        typeof v === "bigint" ? String(v) : v,
      ),
    ).not.toContain(token);
    const email = await catcher.waitForEmail((e) => e.to.includes("direction@entraide.example.org"));
    expect(email.subject).toContain("Update the 211 record of");
    expect(email.text).toContain(link.url);
    expect(email.html).toContain(link.url);

    const form = await getUpdateForm(token);
    expect(form.state).toBe("valid");
    if (form.state !== "valid") return;
    expect(form.organization.id).toBe(organization.id);
    expect(form.locale).toBe("en");
    expect(form.services.map((s) => s.id)).toEqual([service.id]);
    expect(form.values.organization.phones).toEqual([{ number: "418 555-0101", extension: null }]);
    // A link never reaches another organization's services.
    await submitChangeRequest(token, {
      services: { [(await createService({ organizationId: other.id })).id]: { nameFr: "Pirate" } },
    });
    const request = await db.changeRequest.findFirstOrThrow({ where: { updateLinkId: link.id } });
    expect(JSON.stringify(request.proposed)).not.toContain("Pirate");
  });

  it("refuse a wrong, expired or revoked token", async () => {
    const editor = await createActor("editor");
    const { organization } = await organizationWithService();
    const now = new Date();
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false }, now);
    const token = tokenOf(link.url);
    expect((await resolveUpdateLink(token, now)).state).toBe("valid");
    expect((await resolveUpdateLink(token, new Date(now.getTime() + 31 * 86_400_000))).state).toBe("expired");
    expect((await resolveUpdateLink(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).state).toBe("unknown");
    expect((await resolveUpdateLink("short")).state).toBe("unknown");
    await revokeUpdateLink(editor, { linkId: link.id });
    expect((await resolveUpdateLink(token)).state).toBe("revoked");
    await expect(submitChangeRequest(token, {})).rejects.toBeInstanceOf(NotFound);
    await expect(
      createUpdateLink(await createActor("agent"), { organizationId: organization.id, send: false }),
    ).rejects.toBeInstanceOf(Forbidden);
    // Sending needs an update contact.
    await expect(createUpdateLink(editor, { organizationId: organization.id, send: true })).rejects.toBeInstanceOf(
      Invalid,
    );
  });
});

describe("change requests", () => {
  it("validate like the back-office, replace a pending submission, and apply field by field in one transaction", async () => {
    const editor = await createActor("editor");
    const { organization, service } = await organizationWithService();
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const token = tokenOf(link.url);

    const invalid = await submitChangeRequest(token, {
      organization: { email: "pas-un-courriel", phones: [{ number: "123" }] },
      services: { [service.id]: { nameFr: "" } },
    }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(Invalid);
    expect(Object.keys((invalid as Invalid).fieldErrors).sort()).toEqual([
      "organization.email",
      "organization.phones.0.number",
      `services.${service.id}.nameFr`,
    ]);
    expect(await db.changeRequest.count({ where: { organizationId: organization.id } })).toBe(0);

    await submitChangeRequest(token, { organization: { descriptionFr: "Première version" } });
    const second = await submitChangeRequest(token, {
      organization: {
        phones: [{ number: "418-555-0199", extension: "" }],
        descriptionFr: "Aide alimentaire et entraide.",
      },
      services: { [service.id]: { email: "Service@Entraide.example.org", phones: [{ number: "418 555 0124" }] } },
      contactEmail: "direction@entraide.example.org",
      locale: "fr",
    });
    expect(second.replaced).toBe(true);
    expect(await db.changeRequest.count({ where: { organizationId: organization.id } })).toBe(1);
    // Nothing public changed yet.
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).descriptionFr).toBe(
      organization.descriptionFr,
    );

    const request = await getChangeRequest(editor, second.id);
    expect(request.changes.map((c) => c.key).sort()).toEqual(
      [
        "organization.descriptionFr",
        "organization.phones",
        `services.${service.id}.email`,
        `services.${service.id}.phones`,
      ].sort(),
    );
    const phoneChange = request.changes.find((c) => c.key === "organization.phones")!;
    expect(phoneChange.before).toEqual([{ number: "418 555-0101", extension: null }]);
    expect(phoneChange.after).toEqual([{ number: "418 555-0199", extension: null }]);

    const outboxBefore = await db.searchOutbox.count();
    const result = await applyChangeRequest(editor, {
      id: second.id,
      accept: ["organization.phones", `services.${service.id}.email`],
    });
    expect(result).toMatchObject({ accepted: 2, rejected: 2 });
    const org = await db.organization.findUniqueOrThrow({ where: { id: organization.id }, include: { phones: true } });
    expect(org.phones.map((p) => p.number)).toEqual(["418 555-0199"]);
    expect(org.descriptionFr).toBe(organization.descriptionFr); // rejected
    expect(org.lastVerifiedAt).not.toBeNull();
    const svc = await db.service.findUniqueOrThrow({ where: { id: service.id }, include: { phones: true } });
    expect(svc.email).toBe("service@entraide.example.org");
    expect(svc.phones.map((p) => p.number)).toEqual(["418 555-0123"]); // rejected
    expect(
      await db.verification.count({ where: { organizationId: organization.id, method: "organization_update" } }),
    ).toBe(1);
    const actions = (
      await db.auditEvent.findMany({ where: { entityId: { in: [organization.id, service.id, second.id] } } })
    ).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "organization.update",
        "service.update",
        "organization.verify",
        "service.verify",
        "change_request.apply",
      ]),
    );
    expect(await db.searchOutbox.count()).toBeGreaterThan(outboxBefore);
    const saved = await db.changeRequest.findUniqueOrThrow({ where: { id: second.id } });
    expect(saved).toMatchObject({ status: "applied", contactEmail: null, processedById: editor.id });
    expect(saved.decisions).toMatchObject({
      "organization.phones": "accepted",
      "organization.descriptionFr": "rejected",
    });

    const email = await catcher.waitForEmail(
      (e) => e.to.includes("direction@entraide.example.org") && e.subject.startsWith("Votre mise à jour"),
    );
    expect(email.subject).toBe("Votre mise à jour de la fiche de Entraide Lévis a été traitée");
    expect(email.text).toContain("2 changements ont été publiés.");
    await expect(applyChangeRequest(editor, { id: second.id, accept: [] })).rejects.toBeInstanceOf(Invalid);
  });

  it("apply over the record as it is now: edits made since the submission are kept", async () => {
    const editor = await createActor("editor");
    const { organization } = await organizationWithService();
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const { id } = await submitChangeRequest(tokenOf(link.url), { organization: { nameEn: "Lévis Mutual Aid" } });
    const org = await getOrganizationForEdit(editor, organization.id);
    await updateOrganization(editor, organization.id, { ...organizationDefaults(org), alternateName: "ELV" });
    await applyChangeRequest(editor, { id, accept: ["organization.nameEn"] });
    const saved = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(saved).toMatchObject({ nameEn: "Lévis Mutual Aid", alternateName: "ELV" });
    await expect(applyChangeRequest(editor, { id, accept: [] })).rejects.toBeInstanceOf(Invalid);
    await expect(applyChangeRequest(await createActor("viewer"), { id, accept: [] })).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("dismissing a change request", () => {
  it("tells the organization, forgets its address, and cannot be applied afterwards", async () => {
    const editor = await createActor("editor");
    const { organization } = await organizationWithService();
    const link = await createUpdateLink(editor, { organizationId: organization.id, send: false });
    const { id } = await submitChangeRequest(tokenOf(link.url), {
      organization: { nameEn: "Spam" },
      contactEmail: "refus@entraide.example.org",
      locale: "en",
    });
    await changeModerationStatus(editor, { source: "change_request", id, status: "dismissed" });
    const email = await catcher.waitForEmail((e) => e.to.includes("refus@entraide.example.org"));
    expect(email.subject).toContain("was processed");
    expect(email.text).toContain("did not publish the proposed changes");
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "dismissed",
      contactEmail: null,
    });
    await expect(applyChangeRequest(editor, { id, accept: ["organization.nameEn"] })).rejects.toBeInstanceOf(Invalid);
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).nameEn).not.toBe("Spam");
  });
});

describe("review reminders", () => {
  it("email each organization due within 30 days its update link, once per review date", async () => {
    const { organization } = await organizationWithService();
    const notYet = await createOrganization();
    const now = new Date();
    const inTwoWeeks = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 14));
    await db.organization.update({ where: { id: organization.id }, data: { nextReviewAt: inTwoWeeks } });
    await db.organization.update({
      where: { id: notYet.id },
      data: { nextReviewAt: new Date(inTwoWeeks.getTime() + 60 * 86_400_000) },
    });
    for (const [id, email] of [
      [organization.id, "rappel@entraide.example.org"],
      [notYet.id, "pas-encore@example.org"],
    ])
      await db.updateContact.create({ data: { organizationId: id, email, locale: "fr" } });

    const first = await sendReviewReminders(SYSTEM_ACTOR, now);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const email = await catcher.waitForEmail((e) => e.to.includes("rappel@entraide.example.org"));
    expect(email.subject).toBe("Rappel : la fiche de Entraide Lévis au 211 est à revoir");
    expect(email.text).toMatch(/\/fr\/mise-a-jour\/[A-Za-z0-9_-]{43}/);
    const token = /\/fr\/mise-a-jour\/([A-Za-z0-9_-]{43})/.exec(email.text)![1];
    expect(await resolveUpdateLink(token)).toMatchObject({ state: "valid", organizationId: organization.id });

    await sendReviewReminders(SYSTEM_ACTOR, now);
    expect(await db.reviewReminder.count({ where: { organizationId: organization.id } })).toBe(1);
    expect(await db.updateLink.count({ where: { organizationId: organization.id, origin: "reminder" } })).toBe(1);
    expect(await db.reviewReminder.count({ where: { organizationId: notYet.id } })).toBe(0);
    expect(catcher.messages().some((e) => e.to.includes("pas-encore@example.org"))).toBe(false);
  });
});
