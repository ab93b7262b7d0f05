import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { GET as suggestGET } from "@/app/api/search/suggest/route";
import { db } from "@/lib/db/client";
import { deliverPendingOutbox } from "@/lib/search/relay";
import { createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { createPlace } from "@/tests/factories/search";

const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/search?${query}`, { headers }));

let serviceId = "";

beforeAll(async () => {
  const levis = await createPlace({
    name: "Lévis",
    regionCode: "12",
    latitude: 46.8033,
    longitude: -71.1779,
    fsa: "G6V",
  });
  const bank = await createTaxonomyTerm({ code: "FOODAPI", nameFr: "Banques alimentaires", nameEn: "Food banks" });
  const service = await createService({
    nameFr: "Banque alimentaire de Lévis",
    nameEn: "Lévis Food Bank",
    descriptionFr: "Paniers de denrées chaque semaine. Sur rendez-vous.",
    descriptionEn: "Weekly food baskets.",
    taxonomyTermIds: [bank.id],
    location: { municipalityId: levis.id, wheelchair: true },
    phones: [{ number: "418 555-0123", extension: "12" }],
  });
  serviceId = service.id;
  // Delivered the way domain writes reach the index: through the outbox relay.
  await db.searchOutbox.create({ data: { entityType: "service", entityId: service.id, operation: "upsert" } });
  expect(await deliverPendingOutbox({ limit: 10 })).toBe(1);
  expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
});

describe("GET /api/search", () => {
  it("answers the documented contract, in the requested language", async () => {
    const response = await get("q=food+bank&lang=en&near=G6V&radius_km=10");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30");
    const body = await response.json();
    expect(body).toMatchObject({ total: 1, page: 1, perPage: 20 });
    expect(typeof body.tookMs).toBe("number");
    expect(body.hits[0]).toEqual({
      id: serviceId,
      slug: expect.any(String),
      name: "Lévis Food Bank",
      organization: { id: expect.any(String), name: expect.any(String) },
      summary: "Weekly food baskets.",
      categories: [{ code: "FOODAPI", name: "Food banks" }],
      phones: [{ number: "418 555-0123", extension: "12", type: "voice" }],
      address: { street: "100, rue Principale", municipality: "Lévis", postalCode: "G1K 1A1" },
      distanceKm: 0,
      openNow: null,
      status: "active",
      alert: null,
      url: `/en/services/${body.hits[0].slug}`,
    });
    expect(Object.keys(body.facets).sort()).toEqual([
      "accessibility",
      "category",
      "language",
      "municipality",
      "region",
    ]);
    expect(body.facets.category).toEqual([{ value: "FOODAPI", label: "Food banks", count: 1 }]);
  });

  it("uses French URLs and text by default", async () => {
    const body = await (await get("q=banque")).json();
    expect(body.hits[0].name).toBe("Banque alimentaire de Lévis");
    expect(body.hits[0].url).toMatch(/^\/fr\/services\//);
  });

  it("refuses invalid parameters with 400 and translated field messages", async () => {
    const response = await get("page=-1&per_page=1000000000&region=99&lang=en");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.message).toBe("Some search parameters are invalid.");
    expect(body.error.fields.page).toEqual(["The page must be a whole number from 1 to 1000."]);
    expect(body.error.fields.per_page).toEqual(["Results per page must be from 1 to 50."]);
    expect(body.error.fields.region[0]).toMatch(/^Unknown region/);

    const french = await (await get("age=abc", { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" })).json();
    expect(french.error.fields.age).toEqual(["Entrez un nombre entier."]);
    const badLang = await get("lang=de", { "accept-language": "en-US" });
    expect(badLang.status).toBe(400);
    expect((await badLang.json()).error.fields.lang).toEqual(["Unknown language: use fr or en."]);
    const nowhere = await get("near=Atlantis&lang=fr");
    expect((await nowhere.json()).error.fields.near[0]).toMatch(/^Lieu introuvable/);
  });

  it("never answers 500 to hostile input, and ignores unknown parameters", async () => {
    const hostile = [
      `q=${"x".repeat(10_000)}`,
      "q=%00%00banque",
      `q=${encodeURIComponent(":* & | ! ( ) '")}`,
      `q=${encodeURIComponent("'; DROP TABLE service; --")}`,
      "unknown=1&foo[]=bar",
      "category=%00",
      `near=${"G".repeat(5000)}`,
      "age=99999999999999999999",
      "radius_km=1e309&near=G6V",
      "page=1.5",
    ];
    for (const query of hostile) {
      const response = await get(query);
      expect([200, 400]).toContain(response.status);
      await response.json();
    }
    expect((await get("unknown=1&q=banque")).status).toBe(200);
  });

  it("suggests names for type-ahead", async () => {
    const response = await suggestGET(new Request("http://localhost/api/search/suggest?q=banque+ali&lang=fr"));
    expect(await response.json()).toEqual({ suggestions: ["Banque alimentaire de Lévis"] });
    const empty = await suggestGET(new Request("http://localhost/api/search/suggest?q=%00"));
    expect(await empty.json()).toEqual({ suggestions: [] });
  });
});

describe("GET /api/search with hostile parameter names and values", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"])(
    "ignores a parameter named %s (200, same answer)",
    async (name) => {
      const response = await get(`q=food+bank&lang=en&${name}=x`);
      expect(response.status).toBe(200);
      expect((await response.json()).total).toBe(1);
    },
  );

  it("refuses a category no engine accepts with a 400, never an engine failure", async () => {
    const response = await get("category=a..b&lang=en");
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.category).toEqual([expect.any(String)]);
  });
});
