import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { createStaffUser, E2E_PASSWORD, withE2eDatabase } from "./staff-user";

test.describe.configure({ timeout: 120_000 });

const NEW_PASSWORD = "Traversier-Quebec-Levis-2026";

async function signIn(page: import("@playwright/test").Page, email: string, password: string, locale: "fr" | "en") {
  await page.goto(locale === "fr" ? "/fr/connexion" : "/en/sign-in");
  await page.getByLabel(locale === "fr" ? "Adresse courriel" : "Email address").fill(email);
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).click();
}

test("a generated password leads straight to choosing one's own, and nothing else opens before", async ({ page }) => {
  const email = await createStaffUser("editor");
  await withE2eDatabase((client) =>
    client.query("UPDATE app_user SET password_change_required = true WHERE email = $1", [email]),
  );
  await signIn(page, email, E2E_PASSWORD, "fr");
  await expect(page).toHaveURL(/\/fr\/admin\/compte$/, { timeout: 20_000 });
  await expect(page.getByRole("alert").filter({ hasText: "Choisissez le vôtre pour continuer." })).toBeVisible();
  await page.goto("/fr/admin/services");
  await expect(page).toHaveURL(/\/fr\/admin\/compte$/);

  // Every error at once, in French, and nothing typed is echoed back.
  await page.getByLabel("Mot de passe actuel").fill("pas-le-bon-mot-de-passe");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("court");
  await page.getByLabel("Confirmez le nouveau mot de passe").fill("autre");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Les deux nouveaux mots de passe ne sont pas identiques.")).toBeVisible();

  await page.getByLabel("Mot de passe actuel").fill(E2E_PASSWORD);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mot de passe changé." })).toBeVisible();
  await page.goto("/fr/admin/services");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/admin\/services$/);
});

test("sign out everywhere ends every session, a copied cookie's too; the page is accessible in English", async ({
  browser,
}) => {
  const email = await createStaffUser("agent");
  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await signIn(page, email, E2E_PASSWORD, "en");
  await expect(page).toHaveURL(/\/en\/admin$/, { timeout: 20_000 });
  const copied = await laptop.cookies();

  await page.getByRole("link", { name: "My account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/, { timeout: 20_000 });

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const response = await thief.request.get("/en/admin", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toContain("/en/sign-in");
  await thief.close();
  await laptop.close();
});

test("two-step verification: turned on from the account page, then asked at sign-in", async ({ browser }) => {
  const { Secret, TOTP } = await import("otpauth");
  const email = await createStaffUser("editor");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, E2E_PASSWORD, "fr");
  await expect(page).toHaveURL(/\/fr\/admin$/, { timeout: 20_000 });
  await page.goto("/fr/admin/compte");
  await page.getByRole("button", { name: "Activer la vérification en deux étapes" }).click();
  const key = (await page.locator("code").first().textContent())!.replaceAll(" ", "");
  const code = () => new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30 }).generate();
  await page.getByLabel("Code à 6 chiffres affiché par l'application").fill(code());
  await page.getByRole("button", { name: "Confirmer" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "La vérification en deux étapes est activée." }),
  ).toBeVisible();
  await expect(page.locator("li").filter({ hasText: /^[a-z2-9]{5}-[a-z2-9]{5}$/ })).toHaveCount(10);
  await context.close();

  const later = await browser.newContext();
  const again = await later.newPage();
  await signIn(again, email, E2E_PASSWORD, "fr");
  await expect(again.getByRole("alert").filter({ hasText: "entrez aussi le code de votre application" })).toBeVisible();
  await again.getByLabel("Mot de passe", { exact: true }).fill(E2E_PASSWORD);
  await again.getByLabel("Code de vérification (si activé)").fill(code());
  await again.getByRole("button", { name: "Se connecter" }).click();
  await expect(again).toHaveURL(/\/fr\/admin$/, { timeout: 20_000 });
  await later.close();
});
