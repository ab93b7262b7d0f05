import { expect, test, type Browser, type Request } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { signInAs } from "./sign-in";
import { createStaffUser, signInWithEmail, withE2eDatabase } from "./staff-user";

// CVE-2025-29927: this header once made Next.js skip middleware. Our checks live in the
// pages themselves, so it must change nothing.
// Sign-in runs Argon2 and axe walks whole pages: slow on a busy CI machine.
test.describe.configure({ timeout: 90_000 });

const BYPASS = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };

test.describe("signed out", () => {
  for (const headers of [{}, BYPASS]) {
    test(`staff pages send to the sign-in page ${Object.keys(headers).length ? "(with a proxy-bypass header)" : ""}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ extraHTTPHeaders: headers });
      const page = await context.newPage();
      await page.goto("/fr/admin");
      await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=%2Ffr%2Fadmin$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion du personnel");
      await page.goto("/en/admin/users");
      await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
      const response = await context.request.get("/fr/admin/utilisateurs", { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toContain("/fr/connexion");
      await context.close();
    });
  }

  test("the sign-in page is accessible in both languages", async ({ page }) => {
    await page.goto("/fr/connexion");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/en/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
    await expectNoSeriousA11yViolations(page);
  });

  test("a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
    await page.goto("/fr/connexion");
    await page.getByLabel("Adresse courriel").fill("agent@example.org");
    await page.getByLabel("Mot de passe", { exact: true }).fill("not-the-right-password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Adresse courriel ou mot de passe incorrect." }),
    ).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByLabel("Adresse courriel")).toHaveValue("agent@example.org");
    await expect(page).toHaveURL(/\/fr\/connexion/);
  });

  test("repeated failures are refused with 429, Retry-After and a translated message", async ({ request }) => {
    const email = `nobody-${Date.now()}@example.org`;
    const client = `198.51.100.${Date.now() % 250}`;
    const post = (from = client) =>
      request.post("/api/auth/sign-in", {
        form: { email, password: "wrong-password-123", locale: "en" },
        headers: { Accept: "application/json", "X-Forwarded-For": from },
      });
    for (let attempt = 0; attempt < 5; attempt++) expect((await post()).status()).toBe(401);
    const refused = await post();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(60);
    expect((await refused.json()).error.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes\.$/);
    // The refusal is for that client only: from elsewhere the account is still open.
    expect((await post(`198.51.100.${(Date.now() + 1) % 250}`)).status()).toBe(401);
  });

  test("Auth.js's own credentials endpoint is closed and cross-site sign-in posts are refused", async ({ request }) => {
    const direct = await request.post("/api/auth/callback/credentials", {
      form: { email: "admin@example.org", password: "Demo-211-password" },
    });
    expect(direct.status()).toBe(404);
    const crossSite = await request.post("/api/auth/sign-in", {
      form: { email: "admin@example.org", password: "Demo-211-password", locale: "fr" },
      headers: { Origin: "https://evil.example", Accept: "application/json" },
    });
    expect(crossSite.status()).toBe(403);
  });

  test("pages carry the security headers", async ({ request }) => {
    const headers = (await request.get("/fr/connexion")).headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("geolocation=(self)");
    expect(headers["strict-transport-security"]).toContain("max-age=");
  });
});

test.describe("signed in", () => {
  test("an admin reaches the dashboard, sees Users, and signs out", async ({ page }) => {
    await signInAs(page, "admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
    await expect(page.getByText("(Administrateur)")).toBeVisible();
    await expect(page.getByRole("region", { name: "Fiches par statut" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Index de recherche" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page
      .getByRole("navigation", { name: "Navigation de l'espace du personnel" })
      .getByRole("link", { name: "Utilisateurs" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs");

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/fr\/connexion$/, { timeout: 20_000 });
    await page.goto("/fr/admin");
    await expect(page).toHaveURL(/\/fr\/connexion\?callbackUrl=/);
  });

  /** Signs in as `role` in a context of its own and returns its cookies, as a thief would copy them. */
  async function copiedSession(browser: Browser, role: "agent" | "viewer") {
    const email = await createStaffUser(role);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithEmail(page, email);
    return { email, context, page, cookies: await context.cookies() };
  }

  async function reachesDashboard(browser: Browser, cookies: Awaited<ReturnType<typeof copiedSession>>["cookies"]) {
    const thief = await browser.newContext();
    await thief.addCookies(cookies);
    const response = await thief.request.get("/fr/admin", { maxRedirects: 0 });
    // Polling Auth.js's session endpoint re-issues the cookie; it must not extend anything.
    await thief.request.get("/api/auth/session");
    await thief.close();
    return response.status() === 200;
  }

  test("signing out ends the session for a copied cookie too", async ({ browser }) => {
    const { context, page, cookies } = await copiedSession(browser, "viewer");
    expect(await reachesDashboard(browser, cookies)).toBe(true);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/fr\/connexion$/, { timeout: 20_000 });
    expect(await reachesDashboard(browser, cookies)).toBe(false);
    await context.close();
  });

  test("a session ends at its absolute expiry, however often it is polled", async ({ browser }) => {
    const { email, context, cookies } = await copiedSession(browser, "agent");
    expect(await reachesDashboard(browser, cookies)).toBe(true);
    // Eight hours pass for this account's session: its row's expiry moves to the past.
    await withE2eDatabase((client) =>
      client.query(
        `UPDATE staff_session SET expires_at = now() - interval '1 second'
          WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
        [email],
      ),
    );
    expect(await reachesDashboard(browser, cookies)).toBe(false);
    await context.close();
  });

  test("the dashboard in English is accessible", async ({ page }) => {
    await signInAs(page, "editor", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    await expectNoSeriousA11yViolations(page);
  });

  test("after signing in, the visitor returns to the page they asked for", async ({ page }) => {
    await page.goto("/fr/admin/utilisateurs");
    await page.getByLabel("Adresse courriel").fill("admin@example.org");
    await page.getByLabel("Mot de passe", { exact: true }).fill("Demo-211-password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/fr\/admin\/utilisateurs$/, { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs");
    await expectNoSeriousA11yViolations(page);
  });

  test("a viewer has no Users screen (403) and a replayed admin action is refused", async ({ browser }) => {
    // The admin creates an account and changes its role; the request is kept for replaying.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInAs(admin, "admin");
    await admin.goto("/fr/admin/utilisateurs");
    const email = `e2e-${Date.now()}@example.org`;
    await admin.getByLabel("Adresse courriel").fill(email);
    await admin.getByLabel("Nom").fill("Compte de test");
    await admin.getByRole("button", { name: "Créer le compte" }).click();
    await expect(admin.getByText(`Compte ${email} créé.`)).toBeVisible();
    const row = admin.getByRole("row", { name: new RegExp(email) });
    await row.getByLabel(`Rôle de ${email}`).selectOption("editor");
    const [action] = await Promise.all([
      admin.waitForRequest((request: Request) => request.method() === "POST" && !!request.headers()["next-action"]),
      row.getByRole("button", { name: "Changer le rôle" }).click(),
    ]);
    await expect(row.getByText(`Rôle de ${email} modifié`)).toBeVisible();
    const replay = { headers: await action.allHeaders(), body: action.postDataBuffer()! };
    delete replay.headers["cookie"];

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signInAs(viewer, "viewer");
    await expect(viewer.getByRole("link", { name: "Utilisateurs" })).toHaveCount(0);
    const response = await viewer.goto("/fr/admin/utilisateurs");
    expect(response?.status()).toBe(403);
    await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");

    const replayed = await viewerContext.request.post(action.url(), { headers: replay.headers, data: replay.body });
    expect(await replayed.text()).toContain("Votre rôle ne permet pas cette action.");

    // The same request from another site is refused by Next.js's origin check.
    const crossSite = await adminContext.request.post(action.url(), {
      headers: { ...replay.headers, origin: "https://evil.example" },
      data: replay.body,
    });
    expect(crossSite.ok()).toBe(false);
    await adminContext.close();
    await viewerContext.close();
  });
});
