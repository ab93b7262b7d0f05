import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoSeriousA11yViolations } from "./axe";
import { waitForEmail } from "./mail";

// Community workers: sign up and in by an emailed one-time link (a real SMTP server on
// loopback catches it), move the browser's list into an account list, annotate it, email the
// sheet, and never reach staff screens or another worker's list.

const LANGS = [
  {
    locale: "fr",
    search: "/fr/recherche?q=aide",
    myLists: "/fr/mes-listes",
    add: "Ajouter à ma liste",
    email: "Courriel",
    send: "Envoyer le lien",
    sent: /Si cette adresse peut recevoir un lien/,
    signedIn: /Connecté avec/,
    listName: "Nom de la liste",
    move: /Créer une liste avec ces 2 services/,
    created: "Liste créée.",
    note: "Note personnelle (vous seul la voyez)",
    saveNote: "Enregistrer la note",
    down: "Descendre",
    recipient: "Courriel du destinataire",
    sendSheet: "Envoyer la fiche",
    emailed: "La fiche est partie par courriel.",
    subject: "Fiche de références du 211",
    linkSubject: "Votre lien de connexion",
  },
  {
    locale: "en",
    search: "/en/search?q=help",
    myLists: "/en/my-lists",
    add: "Add to my list",
    email: "Email",
    send: "Send the link",
    sent: /If this address can receive a link/,
    signedIn: /Signed in as/,
    listName: "List name",
    move: /Create a list with these 2 services/,
    created: "List created.",
    note: "Personal note (only you see it)",
    saveNote: "Save the note",
    down: "Move down",
    recipient: "Recipient's email",
    sendSheet: "Send the sheet",
    emailed: "The sheet was sent by email.",
    subject: "Referral sheet from 211",
    linkSubject: "Your sign-in link",
  },
] as const;

type Lang = (typeof LANGS)[number];

/** Asks for a link on the page and follows the one that arrives: signed in. */
async function signInByLink(page: Page, lang: Lang, email: string) {
  await page.goto(lang.myLists);
  const since = new Date();
  await page.getByLabel(lang.email, { exact: true }).fill(email);
  await page.getByRole("button", { name: lang.send }).click();
  await expect(page.getByRole("status")).toHaveText(lang.sent);
  const message = await waitForEmail({ to: email, subjectIncludes: lang.linkSubject, since });
  const link = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\S+/.exec(message.text)![0];
  await page.goto(link);
  await expect(page.getByText(lang.signedIn)).toBeVisible();
  return link;
}

async function newWorker(browser: Browser, lang: Lang) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `intervenant-${randomUUID().slice(0, 8)}@example.org`;
  await signInByLink(page, lang, email);
  return { context, page, email };
}

for (const lang of LANGS) {
  test(`a community worker's account lists, end to end (${lang.locale})`, async ({ page, browser }) => {
    // Two services saved in the browser before signing in.
    await page.goto(lang.search);
    // Two results with different names (the demo data repeats names across organizations).
    const cards = page.locator("ol article");
    const headings = (await cards.locator("h3").allTextContents()).map((text) => text.trim());
    const second = headings.findIndex((name) => name !== headings[0]);
    await cards.nth(0).getByRole("button", { name: lang.add }).click();
    await cards.nth(second).getByRole("button", { name: lang.add }).click();
    const names = [headings[0], headings[second]];

    const email = `travailleuse-${randomUUID().slice(0, 8)}@example.org`;
    const link = await signInByLink(page, lang, email);
    await expectNoSeriousA11yViolations(page);

    // The browser's list becomes an account list.
    await page.getByLabel(lang.listName).first().fill("Logement — Lévis");
    await page.getByRole("button", { name: lang.move }).click();
    await expect(page.getByRole("status").filter({ hasText: lang.created })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logement — Lévis");
    const listUrl = page.url().split("?")[0];
    await expect(page.getByRole("heading", { level: 2, name: names[0]!.trim() }).first()).toBeVisible();

    // A private note, and a new order.
    await page.getByLabel(lang.note).first().fill("Demander Julie, mardi");
    await page.getByRole("button", { name: lang.saveNote }).first().click();
    await expect(page.getByLabel(lang.note).first()).toHaveValue("Demander Julie, mardi");
    await page.getByRole("button", { name: lang.down }).first().click();
    await expect(page.locator("ol > li h2").first()).toHaveText(names[1]!.trim());
    await expectNoSeriousA11yViolations(page);

    // The sheet by email: the address typed once, the PDF attached.
    const recipient = `personne-${randomUUID().slice(0, 8)}@example.org`;
    await page.getByLabel(lang.recipient).fill(recipient);
    await page.getByRole("button", { name: lang.sendSheet }).click();
    await expect(page.getByRole("status").filter({ hasText: lang.emailed })).toBeVisible();
    const sheet = await waitForEmail({ to: recipient, subjectIncludes: lang.subject });
    expect(sheet.text + sheet.html).not.toContain("Julie");
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(sheet.attachments[0].base64, "base64")));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    for (const name of names) expect(text).toContain(name!.trim());

    // The same list on another device: sign in again elsewhere.
    const device = await browser.newContext();
    const other = await device.newPage();
    // A link works once: the first one, used again, asks for a new one.
    await other.goto(link);
    await expect(other.getByRole("alert").filter({ hasText: /expir/ })).toBeVisible();
    await signInByLink(other, lang, email);
    await expect(other.getByRole("link", { name: "Logement — Lévis" })).toBeVisible();
    await device.close();

    // Another worker gets a 404 for this list, and no worker reaches the back-office.
    const stranger = await newWorker(browser, lang);
    const response = await stranger.page.goto(listUrl);
    expect(response?.status()).toBe(404);
    const admin = await stranger.page.goto(`/${lang.locale}/admin`);
    expect(admin?.status()).toBe(403);
    await expect(
      stranger.page.getByRole("link", { name: lang.locale === "fr" ? "Retour à mes listes" : "Back to my lists" }),
    ).toBeVisible();
    const csv = await stranger.page.request.get("/api/stats/calls.csv");
    expect(csv.status()).toBe(403);
    // Law 25: a worker deletes their own account; signing in again would start afresh.
    await stranger.page.goto(lang.myLists);
    await stranger.page
      .getByRole("checkbox", { name: lang.locale === "fr" ? /Je veux supprimer/ : /I want to delete/ })
      .check();
    await stranger.page
      .getByRole("button", { name: lang.locale === "fr" ? "Supprimer mon compte" : "Delete my account" })
      .click();
    await expect(stranger.page.getByRole("button", { name: lang.send })).toBeVisible();
    await stranger.context.close();
  });
}

test("a sign-in link can be asked for without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `sans-js-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto("/fr/mes-listes");
  await page.getByLabel("Courriel", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByRole("status")).toHaveText(/Si cette adresse peut recevoir un lien/);
  await waitForEmail({ to: email });
  await context.close();
});

test("a staff address never gets a sign-in link, and the page says the same thing", async ({ page }) => {
  await page.goto("/fr/mes-listes");
  await page.getByLabel("Courriel", { exact: true }).fill("admin@example.org");
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByRole("status")).toHaveText(/Si cette adresse peut recevoir un lien/);
  // A worker's link asked for afterwards arrives; by then the staff one would have too.
  const control = `controle-${randomUUID().slice(0, 8)}@example.org`;
  await page.getByLabel("Courriel", { exact: true }).fill(control);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await waitForEmail({ to: control });
  await expect(waitForEmail({ to: "admin@example.org" }, 1_000)).rejects.toThrow();
  // The development mail page (only where a catcher is set up) shows what was caught.
  await page.goto("/fr/dev/courriels");
  await expect(page.getByText(control).first()).toBeVisible();
  await expect(page.getByText("admin@example.org")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
