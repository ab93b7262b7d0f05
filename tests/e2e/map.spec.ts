import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

// The map works offline (no MAP_STYLE_URL in tests): the project's own basemap, the services'
// places as markers, clusters where dense; loaded only when opened.

type MapElement = HTMLElement & {
  map: {
    queryRenderedFeatures(options: { layers: string[] }): { geometry: { coordinates: [number, number] } }[];
    project(lngLat: [number, number]): { x: number; y: number };
  };
};

async function openMap(page: Page, show: string) {
  const before = await page.evaluate(() => performance.getEntriesByType("resource").length);
  await page.getByRole("button", { name: show }).click();
  const map = page.locator('[data-state="ready"]');
  await expect(map).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => performance.getEntriesByType("resource").length)).toBeGreaterThan(before);
  return map;
}

for (const lang of [
  { locale: "fr", search: "/fr/recherche?q=aide", show: "Voir sur la carte", call: "Téléphone :" },
  { locale: "en", search: "/en/search?q=help", show: "Show on map", call: "Phone:" },
] as const) {
  test(`search results and a record on the offline map (${lang.locale})`, async ({ page }) => {
    const thirdParty: string[] = [];
    // Everything the map loads comes from this server (or the worker's blob).
    page.on("request", (request) => {
      if (!/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|blob:|data:)/.test(request.url()))
        thirdParty.push(request.url());
    });
    await page.goto(lang.search);
    // Nothing of MapLibre before the map is opened.
    expect(
      await page.evaluate(() => performance.getEntriesByType("resource").some((r) => /maplibre/i.test(r.name))),
    ).toBe(false);
    const map = await openMap(page, lang.show);
    expect(Number(await map.getAttribute("data-marker-count"))).toBeGreaterThan(1);
    await expectNoSeriousA11yViolations(page);

    // A record: its marker, clicked, shows the service and its number.
    await page.locator("ol article h3 a").first().click();
    const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const recordMap = await openMap(page, lang.show);
    const point = await recordMap.evaluate((element) => {
      const { map } = element as MapElement;
      const [feature] = map.queryRenderedFeatures({ layers: ["places"] });
      return map.project(feature.geometry.coordinates);
    });
    await recordMap.click({ position: { x: point.x, y: point.y } });
    const popup = page.locator(".maplibregl-popup");
    await expect(popup.getByRole("link", { name })).toBeVisible();
    await expect(popup.getByText(lang.call)).toBeVisible();
    await expect(popup.locator('a[href^="tel:"]')).toBeVisible();
    expect(thirdParty).toEqual([]);
  });
}
