import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { signInAs } from "./sign-in";

// Editing goes through the real screens; records are picked from the staff list, never by
// a generated name. Each test uses its own random phone number.

async function openFirstService(page: Page, q = "alimentaire") {
  await page.goto(`/fr/admin/services?q=${encodeURIComponent(q)}`);
  const link = page.getByRole("table").getByRole("link").first();
  await link.click();
  await expect(page).toHaveURL(/\/fr\/admin\/organismes\/[0-9a-f-]+\?service=/);
  await expect(page.getByRole("heading", { level: 2, name: /^Service :/ })).toBeVisible();
  return page.url();
}

const randomNumber = () => `418 555-${String(1000 + Math.floor(Math.random() * 8999)).padStart(4, "0")}`;

test.describe("editing records", () => {
  test("an editor changes a service's phone and sees it on the public page; a viewer's replay is refused", async ({
    page,
    browser,
  }) => {
    await signInAs(page, "editor");
    const editUrl = await openFirstService(page);
    const number = randomNumber();
    await page.getByLabel("Téléphone 1", { exact: true }).fill(`(${number.slice(0, 3)}) ${number.slice(4)} poste 7`);

    const saveRequest = page.waitForRequest(
      (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
    );
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
    const captured = await saveRequest;
    await expect(page.getByLabel("Téléphone 1", { exact: true })).toHaveValue(number);
    await expect(page.getByLabel("Poste", { exact: true }).first()).toHaveValue("7");

    const publicHref = await page.locator('main a[href^="/fr/services/"]').first().getAttribute("href");
    await page.goto(publicHref!);
    await expect(page.getByText(`${number}, poste 7`).first()).toBeVisible();

    // A viewer sees the same screen without a save button …
    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signInAs(viewer, "viewer");
    await viewer.goto(editUrl);
    await expect(viewer.getByText("Consultation seulement")).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Enregistrer" })).toHaveCount(0);

    // … and replaying the editor's request with the viewer's session is refused by the domain.
    const body = captured.postDataBuffer()!.toString("latin1").replace(number.slice(4), "0000");
    const replay = await viewer.request.post(captured.url(), {
      headers: {
        "next-action": captured.headers()["next-action"],
        "content-type": captured.headers()["content-type"],
        origin: new URL(captured.url()).origin,
        accept: "text/x-component",
      },
      data: Buffer.from(body, "latin1"),
    });
    expect(await replay.text()).toContain("Votre rôle ne permet pas de modifier les fiches.");
    await viewer.goto(publicHref!);
    await expect(viewer.getByText(`${number}, poste 7`).first()).toBeVisible();
    await viewerContext.close();
  });

  test("invalid input keeps what was typed, lists every error and focuses the summary", async ({ page }) => {
    await signInAs(page, "editor");
    await openFirstService(page);
    await page.getByRole("textbox", { name: /^Nom \(français\)/ }).fill("");
    await page.getByLabel("Téléphone 1", { exact: true }).fill("555-01");
    await page.getByLabel("Âge minimum").fill("70");
    await page.getByLabel("Âge maximum").fill("12");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();

    const summary = page.getByRole("alert").filter({ hasText: "erreurs empêchent l'enregistrement" });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveCount(3);
    const phone = page.getByLabel("Téléphone 1", { exact: true });
    await expect(phone).toHaveValue("555-01");
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Âge maximum")).toHaveAccessibleDescription(/supérieur ou égal/);
    await expect(page.getByLabel("Âge minimum")).toHaveValue("70");
  });

  test("the staff screens pass axe", async ({ page }) => {
    await signInAs(page, "editor");
    await page.goto("/fr/admin/organismes");
    await expectNoSeriousA11yViolations(page);
    await openFirstService(page);
    await expectNoSeriousA11yViolations(page);
    await page.goto("/en/admin/taxonomy");
    await expectNoSeriousA11yViolations(page);
  });
});
