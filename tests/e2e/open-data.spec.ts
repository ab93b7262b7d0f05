import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { signInAs } from "./sign-in";

test.describe("open data", () => {
  test("the HSDS API answers in both languages, with CORS", async ({ request }) => {
    const fr = await request.get("/api/hsds/services?per_page=1");
    expect(fr.status()).toBe(200);
    expect(fr.headers()["access-control-allow-origin"]).toBe("*");
    const page = await fr.json();
    expect(page.total_items).toBeGreaterThan(0);
    const id = page.contents[0].id;
    const en = await request.get(`/api/hsds/services/${id}?lang=en`);
    expect((await en.json()).id).toBe(id);
    expect((await request.get("/api/hsds/openapi.json")).status()).toBe(200);
  });

  test("an admin checks a file (dry run), reads the report, then applies it", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/fr/admin/donnees-ouvertes");
    await expect(page.getByRole("heading", { level: 1, name: "Données ouvertes" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const name = `Organisme importé ${randomUUID().slice(0, 8)}`;
    const file = [
      {
        id: randomUUID(),
        name,
        description: "Organisme d'un partenaire.",
        phones: [{ id: randomUUID(), number: "+44 1234 234567" }],
        services: [],
      },
    ];
    await page.getByLabel("Fichier", { exact: true }).setInputFiles({
      name: "partenaire.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole("button", { name: "Vérifier le fichier (essai)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rapport d'importation" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Essai (rien n'a été enregistré)");
    await expect(page.getByText(/phones\.0\.number : Entrez un numéro à 10 chiffres/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Appliquer l'importation" }).click();
    // Applied in the background: the page shows its progress bar, then the result.
    await expect(page.getByRole("progressbar", { name: "Progression de l'importation" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Importation appliquée");
    await expect(page.getByText(/^1 sur 1 fiche — \d+ s écoulées$/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/fr/admin/organismes?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
  });

  test("an admin maps a spreadsheet's own columns from lists, then checks it", async ({ page }) => {
    await signInAs(page, "admin", "en");
    await page.goto("/en/admin/open-data");
    const organization = `Cuisines ${randomUUID().slice(0, 8)}`;
    await page.getByLabel("File", { exact: true }).setInputFiles({
      name: "partner.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`Titre;Organisme;Mission\nCuisine collective;${organization};Cuisiner ensemble.\n`),
    });
    await page.getByLabel("Format").selectOption("csv");
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByRole("status")).toContainText("Waiting for the column mapping");
    const serviceName = page.getByRole("combobox", { name: "Service name (French)" });
    await expect(serviceName.getByRole("option")).toHaveText(["— none —", "Titre", "Organisme", "Mission"]);
    await serviceName.selectOption("Titre");
    await page.getByRole("combobox", { name: "Organization name (French)" }).selectOption("Organisme");
    await page.getByRole("combobox", { name: "Organization mission (French)" }).selectOption("Mission");
    await page.getByRole("combobox", { name: "Description (French)" }).selectOption("Mission");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Check the file with this mapping (dry run)" }).click();
    await expect(page.getByRole("status")).toContainText("Dry run (nothing was saved)");
    await expect(page.getByRole("button", { name: "Apply the import" })).toBeVisible();
  });

  test("an editor works through the directory's possible duplicates, most alike first", async ({ page }) => {
    await signInAs(page, "editor");
    await page.goto("/fr/admin/doublons");
    await expect(page.getByRole("heading", { level: 1, name: "Doublons possibles" })).toBeVisible();
    // The demo's networks have look-alike names ("… – secteur Est"): the report has pairs.
    const pairs = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Fusionner" }) });
    await expect(pairs.first()).toBeVisible();
    const scores = await pairs.getByText(/ressemblance \d+ %/).allTextContents();
    const values = scores.map((text) => Number(text.match(/\d+/)![0]));
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expect(pairs.first().getByRole("group", { name: "Organisme à garder" }).getByRole("radio")).toHaveCount(2);
    await expectNoSeriousA11yViolations(page);
  });

  test("an editor creating an organization sees possible duplicates first", async ({ page }) => {
    await signInAs(page, "editor", "en");
    await page.goto("/en/admin/organizations");
    const existing = (await page.getByRole("table").getByRole("link").first().textContent())!.trim();
    await page.goto("/en/admin/organizations/new");
    await page.getByRole("textbox", { name: /^Name \(French\)/ }).fill(existing.toUpperCase());
    await page.getByRole("textbox", { name: /^Description \(French\)/ }).fill("Same organization, typed again.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Possible duplicates" })).toBeVisible();
    await expect(page.getByRole("link", { name: existing })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
