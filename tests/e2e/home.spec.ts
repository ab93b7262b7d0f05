import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

test.describe("home page", () => {
  test("French for a French browser, with search, the 211 line and categories", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver de l'aide près de chez vous");
    await expect(page.getByRole("searchbox", { name: "Que cherchez-vous?" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Appeler le 211" })).toHaveAttribute("href", "tel:211");
    await expect(page.getByText("Ouvert du lundi au vendredi, de 9 h à 18 h")).toBeVisible();
    expect(
      await page.getByRole("region", { name: "Parcourir par catégorie" }).getByRole("link").count(),
    ).toBeGreaterThanOrEqual(12);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  test("French by default when the browser prefers neither language", async ({ request }) => {
    const response = await request.get("/", { headers: { "Accept-Language": "de-DE,de;q=0.9" }, maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.headers()["location"]).toMatch(/\/fr$/);
  });

  test("English for an English browser, and the switcher keeps the page", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "en-CA",
      extraHTTPHeaders: { "Accept-Language": "en-CA,en;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help near you");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Lire cette page en français" }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver de l'aide près de chez vous");
    await context.close();
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/fr");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Aller au contenu principal" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("unknown pages answer 404 in the page's language", async ({ page }) => {
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test("health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});
