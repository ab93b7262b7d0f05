import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { waitForEmail } from "./mail";
import { signInAs } from "./sign-in";

// Data stewardship (issue #12) through the real screens, in both languages: an organization
// updates its record through its personal link, an editor accepts the change, the public page
// and the organization's inbox show it; a citizen suggests a correction without JavaScript.

const L = {
  fr: {
    orgList: "/fr/admin/organismes?status=active&page=5",
    contactEmail: "Courriel de la personne-ressource",
    language: "Langue",
    createLink: "Créer un lien de mise à jour",
    linkSent: "Lien créé et envoyé par courriel.",
    linkSubject: "Mettre à jour la fiche",
    organizationRegion: /^Organisme :/,
    serviceRegion: /^Service :/,
    monday: "Lundi, plage 1",
    opens: "Ouverture",
    closes: "Fermeture",
    newHours: /Lun 7:15–11:45/,
    phone: "Téléphone 1",
    send: "Envoyer les changements",
    sent: "Merci ! Vos changements ont été transmis",
    inbox: "/fr/admin/moderation?source=change_request",
    review: "Examiner les modifications",
    apply: "Appliquer les changements cochés",
    applied: "Les changements retenus sont publiés",
    save: "Enregistrer",
    saved: "Modifications enregistrées.",
    conflict: "La fiche a été modifiée depuis la demande",
    acceptPhones: /^Publier : .* — Téléphones$/,
    publicPage: "Voir la page publique",
    processedSubject: "a été traitée",
    search: "/fr/recherche?q=aide",
    suggest: "Signaler une erreur sur cette fiche",
    kind: "Téléphone",
    message: "Ce qui est inexact",
    email: "Votre courriel (facultatif)",
    submit: "Envoyer",
    thanks: "Merci ! Votre signalement a été transmis",
    corrections: "/fr/admin/moderation?source=correction",
  },
  en: {
    orgList: "/en/admin/organizations?status=active&page=6",
    contactEmail: "Contact person’s email",
    language: "Language",
    createLink: "Create an update link",
    linkSent: "Link created and emailed.",
    linkSubject: "Update the 211 record",
    organizationRegion: /^Organization:/,
    serviceRegion: /^Service:/,
    monday: "Monday, range 1",
    opens: "Opens",
    closes: "Closes",
    newHours: /Mon 7:15–11:45/,
    phone: "Phone 1",
    send: "Send the changes",
    sent: "Thank you! Your changes were sent",
    inbox: "/en/admin/moderation?source=change_request",
    review: "Review the changes",
    apply: "Apply the ticked changes",
    applied: "The accepted changes are published",
    save: "Save",
    saved: "Changes saved.",
    conflict: "The record was edited since the request",
    acceptPhones: /^Publish: .* — Phone numbers$/,
    publicPage: "View the public page",
    processedSubject: "was processed",
    search: "/en/search?q=help",
    suggest: "Suggest a correction to this record",
    kind: "Phone number",
    message: "What is wrong",
    email: "Your email (optional)",
    submit: "Send",
    thanks: "Thank you! Your suggestion was sent",
    corrections: "/en/admin/moderation?source=correction",
  },
} as const;

const unique = () => Math.random().toString(36).slice(2, 10);
const randomNumber = () => `418 555-${String(1000 + Math.floor(Math.random() * 8999)).padStart(4, "0")}`;

async function openOrganization(page: Page, locale: "fr" | "en") {
  await page.goto(L[locale].orgList);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/(organismes|organizations)\/[0-9a-f-]+$/);
  return (await page.getByRole("heading", { level: 1 }).innerText()).trim();
}

for (const locale of ["fr", "en"] as const) {
  const l = L[locale];

  test(`${locale}: an organization updates its phone and hours through its link, an editor accepts them, the public page and the organization's email follow`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    await signInAs(page, "editor", locale);
    await openOrganization(page, locale);
    const contact = `org-${unique()}@example.org`;
    await page.getByLabel(l.contactEmail).fill(contact);
    await page.getByLabel(l.language, { exact: true }).selectOption(locale);
    await page.getByRole("button", { name: l.createLink }).click();
    await expect(page.getByRole("status").filter({ hasText: l.linkSent })).toBeVisible();
    const publicPath = await page.getByRole("link", { name: l.publicPage }).getAttribute("href");
    const adminPath = new URL(page.url()).pathname;

    // The organization: its email, its link, no account (in English, without JavaScript).
    const invitation = await waitForEmail({ to: contact, subjectIncludes: l.linkSubject });
    const url = new URL(/https?:\/\/\S+\/(?:mise-a-jour|update)\/[A-Za-z0-9_-]{43}/.exec(invitation.text)![0]);
    const organization = await (await browser.newContext({ javaScriptEnabled: locale === "fr" })).newPage();
    await organization.goto(url.pathname);
    const own = organization.getByRole("region", { name: l.organizationRegion });
    await expect(own).toBeVisible();
    // axe needs JavaScript: the French run checks the form.
    if (locale === "fr") await expectNoSeriousA11yViolations(organization);
    const number = randomNumber();
    await own.getByLabel(l.phone, { exact: true }).fill(number);
    // A service's hours, in the back-office's own hours editor.
    const monday = organization
      .getByRole("region", { name: l.serviceRegion })
      .first()
      .getByRole("group", { name: l.monday })
      .first();
    await monday.getByLabel(l.opens, { exact: true }).fill("7:15");
    await monday.getByLabel(l.closes, { exact: true }).fill("11:45");
    await organization.getByRole("button", { name: l.send }).click();
    await expect(organization.getByRole("status").filter({ hasText: l.sent })).toBeVisible();

    // The editor: the request in the inbox, the diff (hours read as days and times).
    await page.goto(l.inbox);
    await page.getByRole("link", { name: l.review }).last().click();
    await expect(page.getByText(number).first()).toBeVisible();
    await expect(page.getByText(l.newHours).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Meanwhile someone corrects the same phone in the back-office: the apply is refused, and the
    // screen shows the phone as requested, now and proposed; the editor picks the proposal.
    const meanwhile = randomNumber();
    const backOffice = await page.context().newPage();
    await backOffice.goto(adminPath);
    const orgForm = backOffice.locator("form").filter({ has: backOffice.getByLabel(l.phone, { exact: true }) });
    await orgForm.first().getByLabel(l.phone, { exact: true }).fill(meanwhile);
    await orgForm.first().getByRole("button", { name: l.save, exact: true }).click();
    await expect(backOffice.getByRole("status").filter({ hasText: l.saved })).toBeVisible();
    await backOffice.close();
    await page.getByRole("button", { name: l.apply }).click();
    await expect(page.getByRole("alert").filter({ hasText: l.conflict })).toBeVisible();
    await expect(page.getByText(meanwhile).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("checkbox", { name: l.acceptPhones }).check();
    await page.getByRole("button", { name: l.apply }).click();
    await expect(page.getByRole("status").filter({ hasText: l.applied })).toBeVisible();

    // The public page shows the new number; the organization is told.
    await page.goto(publicPath!);
    await expect(page.getByText(number).first()).toBeVisible();
    await waitForEmail({ to: contact, subjectIncludes: l.processedSubject });
  });

  test(`${locale}: a citizen suggests a correction without JavaScript, and it reaches the moderation inbox`, async ({
    browser,
    page,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const citizen = await context.newPage();
    await citizen.goto(l.search);
    await citizen.locator('main a[href*="/services/"]').first().click();
    await citizen.getByRole("link", { name: l.suggest }).click();
    // axe needs JavaScript: the same page is checked in a browser that has it.
    await page.goto(citizen.url());
    await expectNoSeriousA11yViolations(page);
    const text = `Le numéro ne répond plus (${unique()})`;
    await citizen.getByLabel(l.kind, { exact: true }).check();
    await citizen.getByLabel(l.message, { exact: true }).fill(text);
    await citizen.getByLabel(l.email).fill(`citoyen-${unique()}@example.org`);
    // People take a few seconds to fill a form; the server drops faster submissions as automated.
    await citizen.waitForTimeout(3_500);
    await citizen.getByRole("button", { name: l.submit, exact: true }).click();
    await expect(citizen.getByText(l.thanks)).toBeVisible();
    await context.close();

    await signInAs(page, "editor", locale);
    await page.goto(l.corrections);
    await expect(page.getByText(text)).toBeVisible();
  });
}

test("POST /api/corrections answers 201, 400 with translated field errors, and 429 over the limit", async ({
  request,
}) => {
  const as = { "X-Forwarded-For": `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}` };
  const search = await (await request.get("/api/search?q=aide&lang=fr")).json();
  const serviceId = search.hits[0].id as string;
  const created = await request.post("/api/corrections", {
    headers: as,
    data: { serviceId, kind: "hours", message: "Fermé le lundi maintenant.", locale: "fr" },
  });
  expect(created.status()).toBe(201);
  expect((await created.json()).id).toMatch(/^[0-9a-f-]{36}$/);
  const invalid = await request.post("/api/corrections", {
    headers: as,
    data: { serviceId, kind: "nope", message: "", locale: "en" },
  });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.fields.kind).toEqual(["Choose one of the options offered."]);
  let refused = null;
  for (let i = 0; i < 10 && !refused; i++) {
    const response = await request.post("/api/corrections", {
      headers: as,
      data: { serviceId, kind: "other", message: "Encore une fois.", locale: "fr" },
    });
    if (response.status() === 429) refused = response;
  }
  expect(refused, "the limit refused the client").not.toBeNull();
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
});

const STAFF = {
  fr: {
    review: "/fr/admin/revision?region=12",
    verifyButton: "Vérifié, aucun changement",
    method: "Vérifié par",
    methodOption: "Téléphone",
    verified: "Vérification enregistrée.",
    pages: ["/fr/admin/moderation", "/fr/admin/revision", "/fr/admin/qualite?issue=no_phone", "/fr/admin"],
    counters: "Vérifiées depuis moins de 12 mois",
  },
  en: {
    review: "/en/admin/review?region=12",
    verifyButton: "Verified, no change",
    method: "Verified by",
    methodOption: "Phone",
    verified: "Verification saved.",
    pages: ["/en/admin/moderation", "/en/admin/review", "/en/admin/data-quality?issue=no_phone", "/en/admin"],
    counters: "Verified within 12 months",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  const s = STAFF[locale];
  test(`${locale}: an editor verifies a record from the review queue; the stewardship pages pass axe`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAs(page, "editor", locale);
    await page.goto(s.review);
    const rows = page.getByRole("table").getByRole("row");
    // Pick a row in this test's own half of the queue, away from the other language's test.
    const row = rows.nth(locale === "fr" ? 1 : 3);
    await row.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/admin\/(organismes|organizations)\/[0-9a-f-]+/);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: s.verifyButton }) });
    await form.getByLabel(s.method).selectOption({ label: s.methodOption });
    await form.getByRole("button", { name: s.verifyButton }).click();
    await expect(page.getByRole("status").filter({ hasText: s.verified })).toBeVisible();

    for (const path of s.pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }
    await expect(page.getByText(s.counters).first()).toBeVisible();
  });
}
