import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { deliverPendingEmails } from "@/lib/email/deliver-pending-emails";
import { startMailCatcher, type MailCatcher } from "@/lib/email/mail-catcher";
import { Forbidden, Invalid, NotFound, RateLimited, Unauthenticated } from "@/lib/errors";
import { createService } from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { addToList } from "./add-to-list";
import { createList } from "./create-list";
import { deleteList } from "./delete-list";
import { emailListSheet } from "./email-list-sheet";
import { getListServices } from "./get-list-services";
import { getOwnList } from "./get-own-list";
import { getOwnLists } from "./get-own-lists";
import { moveListItem } from "./move-list-item";
import { removeListItem } from "./remove-list-item";
import { renameList } from "./rename-list";
import { updateListItemNote } from "./update-list-item-note";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
});
afterAll(() => catcher.stop());

const slugOf = async (options: Parameters<typeof createService>[0] = {}) => (await createService(options)).slug;

describe("a worker's lists", () => {
  it("keeps named lists with items in order, notes, moves and removals", async () => {
    const worker = await createActor("worker");
    const [a, b, c] = [await slugOf({ nameFr: "Cuisine collective" }), await slugOf(), await slugOf()];
    const { id } = await createList(worker, { name: "  Logement —   Lévis ", services: `${a},${b},${c},inconnu` });
    let list = await getOwnList(worker, id, "fr");
    expect(list.name).toBe("Logement — Lévis");
    expect(list.items.map((i) => i.slug)).toEqual([a, b, c]);

    await moveListItem(worker, id, list.items[2].id, "up");
    await moveListItem(worker, id, list.items[0].id, "up"); // already first: nothing moves
    await updateListItemNote(worker, id, list.items[0].id, { note: "Demander la clinique du mardi" });
    await removeListItem(worker, id, list.items[1].id);
    list = await getOwnList(worker, id, "fr");
    expect(list.items.map((i) => i.slug)).toEqual([a, c]);
    expect(list.items[0].note).toBe("Demander la clinique du mardi");

    expect(await addToList(worker, id, `${b},${a}`)).toBe(1); // a is there already
    await renameList(worker, id, { name: "Logement" });
    expect(await getOwnLists(worker)).toEqual([expect.objectContaining({ id, name: "Logement", itemCount: 3 })]);
  });

  it("says when a saved service changed, closed or is no longer offered", async () => {
    const worker = await createActor("worker");
    const [changed, closed, archived] = [await createService(), await createService(), await createService()];
    const { id } = await createList(worker, {
      name: "Suivi",
      services: [changed, closed, archived].map((s) => s.slug).join(","),
    });
    await db.service.update({ where: { id: changed.id }, data: { descriptionFr: "Nouvelle description" } });
    await db.service.update({ where: { id: closed.id }, data: { status: "temporarily_closed" } });
    await db.service.update({ where: { id: archived.id }, data: { deletedAt: new Date() } });
    const states = Object.fromEntries((await getOwnList(worker, id, "en")).items.map((i) => [i.slug, i.state.kind]));
    expect(states).toEqual({ [changed.slug]: "changed", [closed.slug]: "changed", [archived.slug]: "gone" });

    // The public shared list names the archived one as no longer available.
    const entries = await getListServices([changed.slug, archived.slug, "never-existed"], "fr");
    expect(entries.map((e) => e.available)).toEqual([true, false, false]);
    expect(entries[1]).toMatchObject({ available: false, name: { text: archived.nameFr } });
  });

  it("never lets anyone read or change another person's list, and says so as 'not found'", async () => {
    const owner = await createActor("worker");
    const other = await createActor("worker");
    const { id } = await createList(owner, { name: "Privée", services: await slugOf() });
    const itemId = (await getOwnList(owner, id, "fr")).items[0].id;
    const attempts = [
      () => getOwnList(other, id, "fr"),
      () => renameList(other, id, { name: "Volée" }),
      () => addToList(other, id, "x"),
      () => deleteList(other, id),
      () => moveListItem(other, id, itemId, "down"),
      () => updateListItemNote(other, id, itemId, { note: "x" }),
      () => removeListItem(other, id, itemId),
      () => emailListSheet(other, id, { to: "a@example.org", lang: "fr", large: false }),
      // The item of the owner's list through the other's own list id.
      async () => {
        const mine = await createList(other, { name: "À moi" });
        return removeListItem(other, mine.id, itemId);
      },
    ];
    for (const [index, attempt] of attempts.entries())
      expect([index, await attempt().catch((e: unknown) => e)]).toEqual([index, expect.any(NotFound)]);
    for (const crafted of ["not-a-uuid", { toString: () => id }, ["x"], null, "__proto__"])
      await expect(getOwnList(owner, crafted, "fr")).rejects.toBeInstanceOf(NotFound);
    expect((await getOwnList(owner, id, "fr")).name).toBe("Privée");
    expect(await getOwnLists(other)).toHaveLength(1);
  });

  it("refuses the signed-out and the system actor, and validates names and notes", async () => {
    await expect(createList(null, { name: "x" })).rejects.toBeInstanceOf(Unauthenticated);
    await expect(getOwnLists(SYSTEM_ACTOR)).rejects.toBeInstanceOf(Forbidden);
    const worker = await createActor("worker");
    await expect(createList(worker, { name: "   " })).rejects.toMatchObject({
      fieldErrors: { name: ["nameRequired"] },
    });
    await expect(createList(worker, { name: "x".repeat(81) })).rejects.toBeInstanceOf(Invalid);
    const { id } = await createList(worker, { name: "Notes", services: await slugOf() });
    const itemId = (await getOwnList(worker, id, "fr")).items[0].id;
    await expect(updateListItemNote(worker, id, itemId, { note: "x".repeat(501) })).rejects.toBeInstanceOf(Invalid);
  });

  it("emails the sheet as a PDF in the chosen language, without the list's name, and limits sending", async () => {
    const worker = await createActor("worker");
    const slug = await slugOf({
      nameFr: "Dépannage alimentaire Saint-Étienne",
      nameEn: "Saint-Étienne food help",
      phones: [{ number: "418 555-0177", extension: "12" }],
    });
    const { id } = await createList(worker, { name: "Plan de Mme Tremblay", services: slug });
    await emailListSheet(worker, id, { to: " Client@Example.org ", lang: "en", large: false });
    await deliverPendingEmails();
    const email = await catcher.waitForEmail((e) => e.to.includes("client@example.org"));
    expect(email.subject).toBe("Referral sheet from 211");
    expect(email.text).toContain("Saint-Étienne food help");
    expect(email.text + email.html).not.toContain("Tremblay");
    await expect.poll(() => db.emailOutbox.count()).toBe(0); // the address is not kept once sent
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(email.attachments[0].base64, "base64")));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    expect(text).toContain("Saint-Étienne food help");
    expect(text).toContain("418 555-0177, ext. 12");

    await expect(emailListSheet(worker, id, { to: "pas-un-courriel", lang: "fr", large: false })).rejects.toMatchObject(
      {
        fieldErrors: { to: ["emailInvalid"] },
      },
    );
    let refused: unknown = null;
    for (let i = 0; i < 12 && !refused; i++)
      refused = await emailListSheet(worker, id, { to: "x@example.org", lang: "fr", large: false }).then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(RateLimited);
  });
});
