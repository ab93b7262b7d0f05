import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

// Québec's Law 25 and the promise on the privacy page: an anonymous visitor gets no cookie,
// and no public page makes the browser talk to any other origin.

/** Every request the page makes, recorded from before the first navigation, and those still unanswered. */
function recordRequests(page: Page) {
  const urls: string[] = [];
  const pending = new Set<string>();
  page.on("request", (request) => (urls.push(request.url()), pending.add(request.url())));
  page.on("requestfinished", (request) => pending.delete(request.url()));
  page.on("requestfailed", (request) => pending.delete(request.url()));
  return { urls, pending };
}

/** No request for 500 ms; if that never comes, the failure names what kept the page busy. */
async function settled(page: Page, pending: Set<string>) {
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => {
    throw new Error(`${page.url()} still busy after 30 s; unanswered: ${[...pending].join(", ") || "none"}`);
  });
}

const PUBLIC_PAGES = [
  "/fr",
  "/en",
  "/fr/recherche?q=banque+alimentaire",
  "/en/search?q=food+bank&near=G6V",
  "/fr/confidentialite",
  "/en/privacy",
];

test("public pages set no cookie and call no other origin, with JavaScript running", async ({ page, baseURL }) => {
  const { urls, pending } = recordRequests(page);
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await settled(page, pending);
  }
  // Follow a category, then a result to a record page, as a visitor would.
  await page.goto("/fr");
  await page.locator('main a[href^="/fr/categories/"]').first().click();
  await expect(page).toHaveURL(/\/fr\/categories\//);
  await page.goto("/fr/recherche?q=aide");
  const record = page.locator('main a[href^="/fr/services/"]').first();
  await record.click();
  await expect(page).toHaveURL(/\/fr\/services\//);
  await settled(page, pending);

  const origin = new URL(baseURL!).origin;
  const elsewhere = urls.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"));
  expect(elsewhere).toEqual([]);
  expect(urls.length).toBeGreaterThan(PUBLIC_PAGES.length);
  expect(await page.context().cookies()).toEqual([]);
});

test("the answers themselves set no cookie", async ({ request }) => {
  for (const path of [...PUBLIC_PAGES, "/api/search?q=aide", "/api/search/suggest?q=ban", "/sitemap.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("the privacy page says what is and is not collected, in both languages", async ({ page }) => {
  await page.goto("/fr");
  await page.getByRole("contentinfo").getByRole("link", { name: "Confidentialité" }).click();
  await expect(page).toHaveURL(/\/fr\/confidentialite$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confidentialité");
  await expect(page.getByRole("heading", { name: "Ce que nous ne recueillons pas" })).toBeVisible();
  await expect(page.getByText("Aucun témoin (cookie)")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy");
  await expect(page.getByRole("heading", { name: "What we do not collect" })).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
  await expectNoSeriousA11yViolations(page);
});
