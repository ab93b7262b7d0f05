import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/corrections/route";
import { db } from "@/lib/db/client";
import { flagRecord } from "@/lib/calls/flag-record";
import { startMailCatcher, type MailCatcher } from "@/lib/email/mail-catcher";
import { Forbidden } from "@/lib/errors";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { createOrganization, createService } from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { changeModerationStatus } from "./change-moderation-status";
import { issueFormTime, MIN_FILL_MS } from "./form-time";
import { listModerationInbox } from "./list-moderation-inbox";
import { submitCorrection } from "./submit-correction";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
});
afterAll(() => catcher.stop());

let client = 0;
/** Each test speaks as a client of its own (the limit is per client address). */
const newClient = () => `198.51.100.${++client}`;
const post = (body: unknown, ip = newClient(), headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/corrections", {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: ip, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/corrections", () => {
  it("keeps a correction as plain text and answers 201 with its id", async () => {
    const service = await createService();
    const response = await post({
      serviceId: service.id,
      kind: "phone",
      message: "Le <b>numéro</b> ne répond plus <script>x()</script>",
      email: " Citoyen@Example.org ",
      locale: "fr",
    });
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const saved = await db.correction.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      serviceId: service.id,
      kind: "phone",
      message: "Le numéro ne répond plus x()",
      email: "citoyen@example.org",
      status: "new",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit.action).toBe("correction.create");
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("citoyen@example.org");
  });

  it("answers 400 with every field's message in the requested language", async () => {
    const response = await post({ kind: "nope", message: "", email: "not-an-email", locale: "en" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.fields).toEqual({
      kind: ["Choose one of the options offered."],
      message: ["This field is required."],
      email: ["This email address is not valid."],
      record: ["Name the record concerned (a service or an organization)."],
    });
    const french = await (await post({ organizationId: "x", kind: "other", message: "abc", locale: "fr" })).json();
    expect(french.error.fields.message).toEqual(["Ce texte est trop court : décrivez le problème en quelques mots."]);
  });

  it("refuses oversized bodies and messages, and records that are not public", async () => {
    const organization = await createOrganization();
    expect((await post({ organizationId: organization.id, kind: "other", message: "x".repeat(1001) })).status).toBe(
      400,
    );
    expect((await post("x".repeat(10_000))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    const closed = await createOrganization({ status: "defunct" });
    expect((await post({ organizationId: closed.id, kind: "closed", message: "Fermé depuis mai" })).status).toBe(404);
  });

  it("limits each client: 429 with Retry-After once over the limit, other clients unaffected", async () => {
    const organization = await createOrganization();
    const ip = newClient();
    const body = { organizationId: organization.id, kind: "hours", message: "Les heures ont changé." };
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(body, ip, { "accept-language": "en" })).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    const refused = await post(body, ip, { "accept-language": "en" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.message).toMatch(/^Too many suggestions/);
    expect((await post(body)).status).toBe(201);
  });

  it("answers a filled honeypot like any other, and keeps nothing", async () => {
    const organization = await createOrganization();
    const before = await db.correction.count();
    const response = await post({
      organizationId: organization.id,
      kind: "other",
      message: "Buy cheap watches",
      website: "http://spam.example",
    });
    expect(response.status).toBe(201);
    expect(await db.correction.count()).toBe(before);
  });
});

describe("the public form's spam defences", () => {
  it("keeps a form filled in a human time, drops one sent at once or without its stamp", async () => {
    const organization = await createOrganization();
    const input = { organizationId: organization.id, kind: "address", message: "Déménagé au 12, rue Saint-Jean." };
    const human = await submitCorrection(input, {
      fromForm: true,
      formTime: issueFormTime(Date.now() - MIN_FILL_MS - 1000),
    });
    expect(human.kept).toBe(true);
    const robot = await submitCorrection(input, { fromForm: true, formTime: issueFormTime() });
    expect(robot.kept).toBe(false);
    expect((await submitCorrection(input, { fromForm: true })).kept).toBe(false);
    expect(await db.correction.count({ where: { organizationId: organization.id } })).toBe(1);
  });
});

describe("the moderation inbox", () => {
  it("lists corrections and agents' flags together, and moves them through their statuses", async () => {
    const editor = await createActor("editor");
    const agent = await createActor("agent");
    const service = await createService();
    const { id: correctionId } = await submitCorrection({
      serviceId: service.id,
      kind: "phone",
      message: "Numéro hors service",
      email: "moi@example.org",
    });
    const flag = await flagRecord(agent, { serviceId: service.id, reason: "number_not_working" });
    const inbox = await listModerationInbox(editor);
    const mine = inbox.items.filter((item) => item.record?.id === service.id);
    expect(mine.map((item) => item.source).sort()).toEqual(["correction", "flag"]);

    await changeModerationStatus(editor, { source: "flag", id: flag.id, status: "applied" });
    expect((await db.recordFlag.findUniqueOrThrow({ where: { id: flag.id } })).status).toBe("resolved");
    await changeModerationStatus(editor, { source: "correction", id: correctionId, status: "applied" });
    const closed = await db.correction.findUniqueOrThrow({ where: { id: correctionId } });
    expect(closed).toMatchObject({ status: "applied", email: null, handledById: editor.id });
    // The person who asked to be told is told, in the language they wrote in; the address is gone.
    const told = await catcher.waitForEmail((e) => e.to.includes("moi@example.org"));
    expect(told.subject).toBe(`Votre signalement sur « ${service.nameFr} »`);
    expect(told.text).toContain("La fiche a été corrigée.");
    const applied = await listModerationInbox(editor, { status: "applied" });
    expect(applied.items.filter((item) => item.record?.id === service.id)).toHaveLength(2);

    await expect(listModerationInbox(agent)).rejects.toBeInstanceOf(Forbidden);
    await expect(
      changeModerationStatus(await createActor("viewer"), { source: "correction", id: correctionId, status: "new" }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});
