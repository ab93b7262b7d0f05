import fc from "fast-check";
import { expect, test, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { signInAs } from "./sign-in";

// Hostile clients, through the real server: rate limits, crafted server-action posts, and
// property-based posts to the public forms. The server trusts 127.0.0.1 as its proxy in the
// test run, so each test speaks as clients of its own through X-Forwarded-For.
test.describe.configure({ timeout: 120_000 });

const clientAddress = () => `203.0.113.${1 + Math.floor(Math.random() * 250)}`;

test("public search is rate-limited per client: 429 with Retry-After, in the client's language", async ({
  request,
}) => {
  const as = { "X-Forwarded-For": `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}` };
  let refused = null;
  // The test server allows a burst of 60, refilled at one request per 10 s (scripts/run-tests.ts).
  for (let i = 0; i < 100 && !refused; i++) {
    const response = await request.get(`/api/search/suggest?q=ban&lang=en`, { headers: as });
    if (response.status() === 429) refused = response;
    else expect(response.status()).toBe(200);
  }
  expect(refused, "the limit refused the client").not.toBeNull();
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect((await refused!.json()).error.message).toMatch(/^Too many searches/);
  // The same client's search API and search page are refused too; the page in French.
  expect((await request.get("/api/search?q=aide", { headers: as })).status()).toBe(429);
  const page = await request.get("/fr/recherche?q=aide", { headers: as, maxRedirects: 0 });
  expect(page.status()).toBe(429);
  expect(await page.text()).toContain("Trop de recherches");
  // Another client is not affected.
  expect((await request.get("/api/search?q=aide", { headers: { "X-Forwarded-For": clientAddress() } })).status()).toBe(
    200,
  );
});

test("search pages and APIs ignore parameters named like Object.prototype members", async ({ request }) => {
  for (const name of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"]) {
    const headers = { "X-Forwarded-For": clientAddress() };
    expect((await request.get(`/api/search?q=aide&${name}=x`, { headers })).status()).toBe(200);
    expect((await request.get(`/fr/recherche?q=aide&${name}=x`, { headers })).status()).toBe(200);
  }
  expect((await request.get("/api/search?category=a..b")).status()).toBe(400);
});

/** The multipart body of a real save, and the prefix React puts before the form's field names. */
async function captureSave(page: Page) {
  await page.goto("/fr/admin/services?q=alimentaire");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: /^Service :/ })).toBeVisible();
  const saving = page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  const request = await saving;
  const body = request.postDataBuffer()!.toString("latin1");
  const boundary = /boundary=(.+)$/.exec(request.headers()["content-type"])![1];
  // React names the form's fields "_<n>_<name>" when it sends them with the action's arguments.
  const prefix = /name="((?:_?\d+_)?)id"\r\n/.exec(body)?.[1];
  expect(prefix, `a field named id in ${body.slice(0, 400)}`).toBeDefined();
  return { url: request.url(), headers: request.headers(), body, boundary, prefix: prefix! };
}

function withFields(save: Awaited<ReturnType<typeof captureSave>>, fields: Record<string, string>, body = save.body) {
  const parts = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${save.boundary}\r\nContent-Disposition: form-data; name="${save.prefix}${name}"\r\n\r\n${value}\r\n`,
    )
    .join("");
  return body.replace(`--${save.boundary}--`, `${parts}--${save.boundary}--`);
}

async function post(request: APIRequestContext, save: Awaited<ReturnType<typeof captureSave>>, body: string) {
  return request.post(save.url, {
    headers: {
      "next-action": save.headers["next-action"],
      "content-type": save.headers["content-type"],
      origin: new URL(save.url).origin,
      accept: "text/x-component",
    },
    data: Buffer.from(body, "latin1"),
  });
}

test("crafted server-action posts: prototype keys and bad ids are refused as data for every role", async ({
  page,
  browser,
}) => {
  await signInAs(page, "editor");
  const save = await captureSave(page);
  const poisoned = withFields(save, {
    "__proto__.polluted": "1",
    "phones.__proto__.polluted": "1",
    "constructor.prototype.polluted": "1",
    "phones.0.__proto__.category": "a..b",
  });
  const badId = save.body.replace(new RegExp(`(name="${save.prefix}id"\\r\\n\\r\\n)[0-9a-f-]{36}`), "$1not-a-uuid");

  const answers: Record<string, string[]> = {};
  for (const role of ["signed-out", "viewer", "agent", "editor"] as const) {
    const context = await browser.newContext();
    if (role !== "signed-out") await signInAs(await context.newPage(), role);
    for (const body of [poisoned, badId]) {
      const response = await post(context.request, save, body);
      expect(response.status(), `${role}: never a server error`).toBeLessThan(500);
      (answers[role] ??= []).push(await response.text());
    }
    await context.close();
  }
  expect(answers["signed-out"].join()).toContain("Votre session a pris fin");
  expect(answers.viewer.join()).toContain("Votre rôle ne permet pas de modifier les fiches.");
  expect(answers.agent.join()).toContain("Votre rôle ne permet pas de modifier les fiches.");
  expect(answers.editor[1]).toContain("Cette fiche n'existe plus.");

  // Nothing leaked into Object.prototype: search still reads its parameters right.
  const search = await page.request.get("/api/search?q=alimentaire&lang=fr");
  expect(search.status()).toBe(200);
  expect((await search.json()).total).toBeGreaterThan(0);
  expect((await page.request.get("/fr/recherche?q=alimentaire")).status()).toBe(200);
});

test("the sign-in form and the search page under property-based posts: never a 5xx", async ({ request }) => {
  const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 60 }));
  await fc.assert(
    fc.asyncProperty(
      fc.record({ email: text, password: text, locale: text, callbackUrl: text }, { requiredKeys: [] }),
      fc.boolean(),
      async (form, json) => {
        const response = await request.post("/api/auth/sign-in", {
          form: form as Record<string, string>,
          headers: { "X-Forwarded-For": clientAddress(), ...(json ? { Accept: "application/json" } : {}) },
          maxRedirects: 0,
        });
        expect(response.status()).toBeLessThan(500);
      },
    ),
    { numRuns: 40 },
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.string({ maxLength: 10 }), text), { maxLength: 5 }), async (pairs) => {
      const query = new URLSearchParams(pairs).toString();
      const response = await request.get(`/fr/recherche?${query}`, { headers: { "X-Forwarded-For": clientAddress() } });
      expect(response.status()).toBeLessThan(500);
    }),
    { numRuns: 40 },
  );
});
