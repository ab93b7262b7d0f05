import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";

// A staff account of a test's own, in the e2e database, so that what the test does to its
// sessions (expiring, signing out) never touches the demo accounts other tests use.

export const E2E_PASSWORD = "Own-e2e-account-211";

export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createStaffUser(role: "admin" | "editor" | "agent" | "viewer"): Promise<string> {
  const email = `e2e-${role}-${randomUUID().slice(0, 8)}@example.org`;
  const hash = await hashPassword(E2E_PASSWORD);
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO app_user (id, email, name, password_hash, role, updated_at)
       VALUES (gen_random_uuid(), $1, 'E2E', $2, $3::"Role", now())`,
      [email, hash, role],
    ),
  );
  return email;
}

export async function signInWithEmail(page: Page, email: string) {
  await page.goto("/fr/connexion");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/fr\/admin$/, { timeout: 20_000 });
}
