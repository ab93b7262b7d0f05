import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoSeriousA11yViolations } from "./axe";

// A community worker's list without an account: saved in the browser, shared by link (opened
// in a fresh context, and without JavaScript), printed and downloaded as a PDF.

const LANGS = [
  {
    locale: "fr",
    search: "/fr/recherche?q=banque",
    add: "Ajouter à ma liste",
    remove: "Retirer de ma liste",
    myList: /Ma liste \((\d+)\)/,
    listTitle: "Liste de ressources",
    sheetButton: "Voir la fiche",
    pdfButton: "Télécharger le PDF",
    gone: /ce service n’est plus offert/,
    sheetTitle: "Fiche de références",
  },
  {
    locale: "en",
    search: "/en/search?q=bank",
    add: "Add to my list",
    remove: "Remove from my list",
    myList: /My list \((\d+)\)/,
    listTitle: "Resource list",
    sheetButton: "View the sheet",
    pdfButton: "Download the PDF",
    gone: /this service is no longer offered/,
    sheetTitle: "Referral sheet",
  },
] as const;

for (const lang of LANGS) {
  test(`save from results, share, print and download (${lang.locale})`, async ({ page, browser }) => {
    await page.goto(lang.search);
    const cards = page.locator("ol article");
    const names = [
      await cards.nth(0).getByRole("heading").textContent(),
      await cards.nth(1).getByRole("heading").textContent(),
    ];
    await cards.nth(0).getByRole("button", { name: lang.add }).click();
    await cards.nth(1).getByRole("button", { name: lang.add }).click();
    await expect(cards.nth(0).getByRole("button", { name: lang.remove })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("link", { name: lang.myList })).toHaveText(lang.myList);
    await expect(page.getByRole("link", { name: lang.myList })).toContainText("(2)");

    // The list survives a reload (localStorage), and sets no cookie.
    await page.reload();
    await expect(page.getByRole("link", { name: lang.myList })).toContainText("(2)");
    expect(await page.context().cookies()).toEqual([]);

    await page.getByRole("link", { name: lang.myList }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.listTitle);
    for (const name of names) await expect(page.getByRole("heading", { name: name!.trim() }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const shareUrl = await page.getByRole("textbox").inputValue();
    expect(shareUrl).toMatch(/\?services=[a-z0-9-]+,[a-z0-9-]+$/);

    // Anyone with the link: a fresh browser, no JavaScript, plus an unknown service.
    const stranger = await browser.newContext({ javaScriptEnabled: false });
    const other = await stranger.newPage();
    await other.goto(`${new URL(shareUrl).pathname}${new URL(shareUrl).search},service-ferme-depuis-longtemps`);
    for (const name of names) await expect(other.getByRole("heading", { name: name!.trim() }).first()).toBeVisible();
    await expect(other.getByText(lang.gone)).toBeVisible();
    await expect(other.locator('a[href^="tel:"]').first()).toBeVisible();
    // The sheet form works without JavaScript too: English and large print from a French page.
    await other.getByRole("radio", { name: "English" }).check();
    await other.getByRole("button", { name: lang.sheetButton }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Referral sheet");
    await expect(other.getByText("Call before you go")).toBeVisible();
    await expect(other.getByRole("img", { name: /QR/ })).toBeVisible();
    await stranger.close();

    // The PDF, in the page's language: its text holds the names, phone numbers and accents.
    await page.getByRole("radio", { name: lang.locale === "fr" ? "Français" : "English" }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: lang.pdfButton }).click(),
    ]);
    const pdf = await getDocumentProxy(new Uint8Array(await readAll(await download.createReadStream())));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(lang.sheetTitle);
    for (const name of names) expect(flat).toContain(name!.trim());
    expect(flat).toMatch(/\d{3} 555-\d{4}/);
    if (lang.locale === "fr") expect(flat).toContain("Téléphonez avant de vous déplacer");
  });
}

test("the printable sheet is accessible and leaves out the page's header", async ({ page }) => {
  await page.goto("/fr/recherche?q=aide");
  const slug = (await page.locator("ol article h3 a").first().getAttribute("href"))!.split("/").pop();
  await page.goto(`/fr/liste/fiche?services=${slug}&large=1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fiche de références");
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByText("Téléphonez avant de vous déplacer")).toBeVisible();
});

async function readAll(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
