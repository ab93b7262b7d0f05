import { expect, type Page } from "@playwright/test";

/** Demo accounts of the seeded e2e database (prisma/seed/generate-staff.ts). */
export const DEMO_PASSWORD = "Demo-211-password";
export type DemoRole = "admin" | "editor" | "agent" | "viewer";

/** Signs in through the real form and waits for the dashboard. */
export async function signInAs(page: Page, role: DemoRole, locale: "fr" | "en" = "fr") {
  await page.goto(locale === "fr" ? "/fr/connexion" : "/en/sign-in");
  await page.getByLabel(locale === "fr" ? "Adresse courriel" : "Email address").fill(`${role}@example.org`);
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`), { timeout: 20_000 });
}
