import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

// Records are found through the public search API (the demo directory is generated:
// no test depends on a generated name).
async function findService(request: APIRequestContext, q: string, lang: "fr" | "en") {
  const response = await request.get(`/api/search?q=${encodeURIComponent(q)}&lang=${lang}&per_page=5`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { hits: { slug: string; name: string; organization: { name: string } }[] };
  expect(body.hits.length).toBeGreaterThan(0);
  return body.hits[0];
}

for (const lang of ["fr", "en"] as const) {
  test.describe(`service page (${lang})`, () => {
    test("shows the record, its call link, hours and structured data", async ({ page, request }) => {
      const hit = await findService(request, lang === "fr" ? "banque alimentaire" : "food bank", lang);
      const response = await page.goto(`/${lang}/services/${hit.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(hit.name);
      await expect(page).toHaveTitle(new RegExp(hit.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

      const call = page.locator('main a[href^="tel:"]').first();
      await expect(call).toBeVisible();
      await expect(call).toHaveAttribute("href", /^tel:\+?[\d,]+$/);
      await expect(page.getByRole("link", { name: hit.organization.name }).first()).toBeVisible();
      await expect(
        page.getByText(
          lang === "fr"
            ? /Renseignements vérifiés le|pas encore été vérifiés/
            : /Information verified on|not yet been verified/,
        ),
      ).toBeVisible();

      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
      expect(jsonLd["@type"]).toBe("Service");
      expect(jsonLd.name).toBe(hit.name);
      expect(jsonLd.provider["@type"]).toBe("Organization");

      const alternates = page.locator('link[rel="alternate"][hreflang]');
      await expect(alternates).toHaveCount(3);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        "href",
        new RegExp(`/fr/services/${hit.slug}$`),
      );
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test("the language switch on a service page keeps the record", async ({ page, request }) => {
  const hit = await findService(request, "banque alimentaire", "fr");
  await page.goto(`/fr/services/${hit.slug}`);
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/services/${hit.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "Service locations" })).toBeVisible();
});

test("organization page lists its public services", async ({ page, request }) => {
  const hit = await findService(request, "banque alimentaire", "fr");
  await page.goto(`/fr/services/${hit.slug}`);
  await page.getByRole("link", { name: hit.organization.name }).first().click();
  await expect(page).toHaveURL(/\/fr\/organismes\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(hit.organization.name);
  const services = page.getByRole("region", { name: "Services offerts" });
  await expect(services.getByRole("link", { name: hit.name }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("category pages are reachable from the home page", async ({ page }) => {
  await page.goto("/en");
  const categories = page.getByRole("region", { name: "Browse by category" });
  const first = categories.getByRole("link").first();
  await first.click();
  await expect(page).toHaveURL(/\/en\/categories\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Services/ })).toBeVisible();
  await expect(page.locator('main ol a[href^="/en/services/"]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("unknown records answer 404", async ({ page }) => {
  for (const path of ["/fr/services/no-such-service", "/en/organizations/no-such-org", "/fr/categories/no-such-term"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("sitemap.xml lists records in both languages, robots.txt keeps staff and API out", async ({ request }) => {
  const hit = await findService(request, "banque alimentaire", "fr");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/fr/services/${hit.slug}</loc>`);
  expect(sitemap).toContain(`/en/services/${hit.slug}</loc>`);
  expect(sitemap).toContain("/fr/recherche</loc>");
  expect(sitemap).toContain('hreflang="en"');
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/api/);
  expect(robots).toMatch(/Disallow: \/fr\/admin/);
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
