import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

// Runs on the demo directory (600 generated services): the tests find records through the
// UI and never assert a generated name.

const LANGS = [
  {
    locale: "fr",
    path: "/fr/recherche",
    query: "banque alimentaire",
    qLabel: "Que cherchez-vous?",
    submit: "Rechercher",
    apply: "Appliquer les filtres",
    results: /\d+ résultats? pour « banque alimentaire »/,
    category: "Catégorie",
    noResults: "Aucun service ne correspond à votre recherche",
    call211: "Appeler le 211",
    geolocate: "Utiliser ma position",
  },
  {
    locale: "en",
    path: "/en/search",
    query: "food bank",
    qLabel: "What are you looking for?",
    submit: "Search",
    apply: "Apply filters",
    results: /\d+ results? for “food bank”/,
    category: "Category",
    noResults: "No service matches your search",
    call211: "Call 211",
    geolocate: "Use my location",
  },
] as const;

const resultCount = (page: Page) => page.getByRole("region", { name: /Résultats|Results/ }).getByRole("status");
// The location button exists only once the page is hydrated: the sign that JavaScript runs.
const hydrated = (page: Page, name: string) =>
  expect(page.getByRole("button", { name })).toBeVisible({ timeout: 15_000 });
const resultLinks = (page: Page) =>
  page
    .getByRole("region", { name: /Résultats|Results/ })
    .getByRole("heading")
    .getByRole("link");

for (const lang of LANGS) {
  test.describe(`search (${lang.locale})`, () => {
    test("search → filter → open a record → call link", async ({ page }) => {
      await page.goto(lang.path);
      await hydrated(page, lang.geolocate);
      await page.getByLabel(lang.qLabel).fill(lang.query);
      await page.getByRole("button", { name: lang.submit, exact: true }).click();
      await expect(page).toHaveURL(/[?&]q=/, { timeout: 15_000 });
      await expect(resultCount(page)).toHaveText(lang.results);
      await expect(page).toHaveTitle(new RegExp(lang.query));
      // Each result shows its main phone as a tel: link (digits only).
      await expect(page.locator('ol a[href^="tel:"]').first()).toHaveAttribute("href", /^tel:\+?[\d,]+$/);

      // Filtering updates the URL and the results without a page load.
      const before = await resultCount(page).textContent();
      const firstCategory = page.getByRole("group", { name: lang.category }).getByRole("checkbox").first();
      await firstCategory.check();
      await expect(page).toHaveURL(/[?&]category=/, { timeout: 15_000 });
      await expect(resultCount(page)).not.toHaveText(before ?? "", { timeout: 15_000 });
      await expect(page.getByLabel(lang.qLabel)).toHaveValue(lang.query);
      // Only filled fields reach the URL when JavaScript builds it.
      expect(page.url()).not.toMatch(/near=&/);

      await resultLinks(page).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang.locale}/services/`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
    });

    test("the same search works with JavaScript disabled", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(lang.path);
      await expect(page.getByRole("button", { name: /position|location/i })).toHaveCount(0);
      await page.getByLabel(lang.qLabel).fill(lang.query);
      await page.getByRole("button", { name: lang.submit, exact: true }).click();
      await expect(resultCount(page)).toHaveText(lang.results);

      await page.getByRole("group", { name: lang.category }).getByRole("checkbox").first().check();
      await page.getByRole("button", { name: lang.apply }).click();
      await expect(page).toHaveURL(/[?&]category=/);
      await expect(page).toHaveURL(/[?&]q=/);

      await resultLinks(page).first().click();
      await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
      await context.close();
    });

    test("no results: remove a filter, try another word, call 211", async ({ page }) => {
      await page.goto(`${lang.path}?q=xqzvwkjh&free=1`);
      await expect(page.getByRole("heading", { name: lang.noResults })).toBeVisible();
      await expect(page.getByRole("link", { name: lang.call211 })).toHaveAttribute("href", "tel:211");
      const remove = page.getByRole("link", { name: /Retirer|Remove/ });
      await expect(remove).toHaveCount(1);
      await expect(remove).not.toHaveAttribute("href", /free=/);
      await expectNoSeriousA11yViolations(page);
    });

    test("invalid parameters show translated field errors, not an error page", async ({ page }) => {
      const response = await page.goto(`${lang.path}?age=abc&radius_km=5&page=0`);
      expect(response?.status()).toBe(200);
      // Next's route announcer is an (empty) alert too, outside <main>.
      const alert = page.getByRole("main").getByRole("alert");
      await expect(alert).toBeVisible();
      await expect(alert.getByRole("listitem")).toHaveCount(3);
      await expect(page.getByLabel(lang.qLabel)).toBeVisible();
    });

    test("the search page has no serious accessibility violation", async ({ page }) => {
      await page.goto(`${lang.path}?q=${encodeURIComponent(lang.query)}`);
      await expect(resultCount(page)).toHaveText(lang.results);
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test("suggestions as you type, chosen with the keyboard", async ({ page }) => {
  await page.goto("/fr/recherche");
  await hydrated(page, "Utiliser ma position");
  const input = page.getByRole("combobox", { name: "Que cherchez-vous?" });
  await input.pressSequentially("epic", { delay: 50 });
  const options = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await input.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  const chosen = (await options.first().textContent()) ?? "";
  await input.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(chosen).replace(/%20/g, "(\\+|%20)")}`));
  await expect(input).toHaveValue(chosen);
});

test("pagination links keep the search", async ({ page }) => {
  await page.goto("/en/search?q=food");
  const pagination = page.getByRole("navigation", { name: "Result pages" });
  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/, { timeout: 15_000 });
  await expect(page).toHaveURL(/q=food/);
  await expect(page.getByRole("navigation", { name: "Result pages" }).locator('[aria-current="page"]')).toContainText(
    "2",
  );
});
