import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { signInAs } from "./sign-in";

// Sign-in runs Argon2 and axe walks whole pages: slow on a busy CI machine.
test.describe.configure({ timeout: 120_000 });

const TEXT = {
  fr: {
    console: "/fr/agent",
    title: "Console des préposés",
    searchLabel: "Rechercher une ressource",
    listLabel: "Résultats",
    food: /alimentaire|food/i,
    helpTitle: "Raccourcis clavier",
    started: "Appel en cours",
    results: /\d+ résultats?/,
    copied: "Numéro copié",
    referred: "Marqué comme référé",
    flagged: "Signalement envoyé aux éditeurs.",
    endTitle: "Terminer l'appel",
    pii: "semble contenir un numéro de téléphone",
    saved: "Appel enregistré.",
    stats: "/fr/admin/statistiques",
    statsTitle: "Statistiques des appels",
    perPeriod: "Appels par période",
    flags: "/fr/admin/signalements",
    forbidden: "Accès refusé",
  },
  en: {
    console: "/en/agent",
    title: "Agent console",
    searchLabel: "Search for a resource",
    listLabel: "Results",
    food: /alimentaire|food/i,
    helpTitle: "Keyboard shortcuts",
    started: "Call in progress",
    results: /\d+ results?/,
    copied: "Number copied",
    referred: "Marked as referred",
    flagged: "Report sent to the editors.",
    endTitle: "End the call",
    pii: "seems to contain a phone number",
    saved: "Call saved.",
    stats: "/en/admin/statistics",
    statsTitle: "Call statistics",
    perPeriod: "Calls per period",
    flags: "/en/admin/flags",
    forbidden: "Access denied",
  },
} as const;

/** Today in Québec, as the statistics' date fields want it. */
const today = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Toronto",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

async function announced(page: Page, text: string) {
  await expect(page.locator("#agent-announcer")).toContainText(text);
}

for (const locale of ["fr", "en"] as const) {
  const x = TEXT[locale];

  test(`${locale}: an agent handles a call with the keyboard only, and the statistics show it`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const page = await context.newPage();
    await signInAs(page, "agent", locale);
    await page.goto(x.console);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(x.title);
    await expectNoSeriousA11yViolations(page);
    const keys = page.keyboard;

    // ? opens the help listing every key; Esc closes it.
    await keys.press("?");
    const help = page.getByRole("dialog", { name: x.helpTitle });
    await expect(help).toBeVisible();
    await expect(help.locator("kbd")).toHaveCount(11);
    await keys.press("Escape");
    await expect(help).toBeHidden();

    // n: new call; the focus goes to the search, which searches as one types.
    await keys.press("n");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(x.started) })).toBeVisible();
    const search = page.getByRole("combobox", { name: x.searchLabel });
    await expect(search).toBeFocused();
    await keys.type("alimentaire");
    const options = page.getByRole("listbox", { name: x.listLabel }).getByRole("option");
    await expect(page.getByRole("status").filter({ hasText: x.results })).toBeVisible();
    await expect(options.first()).toContainText(x.food);

    // ↓ then Enter: the second result's record opens beside the list, which stays.
    await keys.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    const chosen = (await options.nth(1).locator("p").first().innerText()).trim();
    await keys.press("Enter");
    const heading = page.locator("#agent-detail-title");
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(chosen);
    await expect(options.first()).toBeVisible();

    // c copies the main number with its extension.
    await keys.press("c");
    await announced(page, x.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\d{3} \d{3}-\d{4}/);

    // r marks it referred; f flags it (Enter sends the report).
    await keys.press("r");
    await announced(page, x.referred);
    await keys.press("f");
    await expect(page.getByRole("dialog")).toBeVisible();
    await keys.press("Enter");
    await announced(page, x.flagged);
    await expect(page.getByRole("dialog")).toBeHidden();

    // e ends the call: a note with a phone number is refused, a plain one is saved.
    await heading.focus(); // where the closed dialog gave the focus back
    await keys.press("e");
    const end = page.getByRole("dialog", { name: x.endTitle });
    await expect(end).toBeVisible();
    await keys.type("rappeler au 418 555-0123");
    await keys.press("Enter");
    await expect(end.getByText(x.pii)).toBeVisible();
    await keys.press("ControlOrMeta+a");
    await keys.type("Famille de 4");
    await keys.press("Enter");
    await expect(end).toBeHidden();
    await announced(page, x.saved);
    await context.close();

    // A supervisor sees today's calls, with small counts suppressed, and the flag queued.
    const supervisor = await browser.newContext();
    const editor = await supervisor.newPage();
    await signInAs(editor, "editor", locale);
    await editor.goto(`${x.stats}?from=${today()}&to=${today()}`);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText(x.statsTitle);
    const perPeriod = editor.getByRole("table", { name: new RegExp(x.perPeriod) });
    await expect(perPeriod.getByRole("row").nth(1)).toContainText(today());
    await expect(perPeriod.getByRole("row").nth(1)).toContainText(/< 5|\d{1,}/);
    await expectNoSeriousA11yViolations(editor);
    const csv = await editor.request.get(`/api/stats/calls.csv?from=${today()}&to=${today()}&by=week`);
    expect(csv.status()).toBe(200);
    expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await editor.goto(x.flags);
    await expect(
      editor.getByRole("link", { name: new RegExp(chosen.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first(),
    ).toBeVisible();
    await supervisor.close();
  });
}

test("a viewer gets the 403 page and the statistics CSV refuses them; signed out → sign-in", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/agent");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await signInAs(page, "viewer", "fr");
  const response = await page.goto("/fr/agent");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.fr.forbidden);
  expect((await page.request.get("/api/stats/calls.csv?from=2026-01-01&to=2026-01-31&by=region")).status()).toBe(403);
  expect((await page.request.get("/api/agent/search?q=aide")).status()).toBe(403);
  await context.close();
});

test("notes for agents: an editor writes them in the back-office, the console shows them, the public page never", async ({
  browser,
}) => {
  const marker = `Demander la ligne d'accueil ${Date.now()}`;
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signInAs(editor, "editor", "fr");
  await editor.goto("/fr/admin/services?q=alimentaire");
  await editor.getByRole("table").getByRole("link").first().click();
  await expect(editor).toHaveURL(/\/fr\/admin\/organismes\/[0-9a-f-]+\?service=/);
  const form = editor.locator("form").filter({ has: editor.getByLabel("Notes pour les préposés") });
  await form.getByLabel("Notes pour les préposés").fill(marker);
  await form.getByRole("button", { name: "Enregistrer les notes" }).click();
  await expect(form.getByRole("status")).toHaveText("Notes enregistrées.");
  const publicHref = await editor.locator('main a[href^="/fr/services/"]').first().getAttribute("href");
  const slug = publicHref!.split("/").pop()!;
  expect(await (await editor.request.get(publicHref!)).text()).not.toContain(marker);
  expect(await (await editor.request.get("/api/search?q=alimentaire&per_page=50")).text()).not.toContain(marker);
  const detail = await (await editor.request.get(`/api/agent/services/${slug}`)).json();
  expect(detail.agentNotes.service).toBe(marker);
  await editorContext.close();
});
