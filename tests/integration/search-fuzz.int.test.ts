import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { GET as suggestGET } from "@/app/api/search/suggest/route";
import { db } from "@/lib/db/client";
import { deliverPendingOutbox } from "@/lib/search/relay";
import { MAX_PER_PAGE } from "@/lib/search/types";
import { createService, createTaxonomyTerm } from "@/tests/factories/directory";

// Property-based abuse of the public search API: whatever the query string, the answer is a
// 200 or a 400 (never a 5xx), arrives within 2 s, and never holds more hits than asked for.

const KNOWN = ["q", "lang", "category", "region", "municipality", "language", "accessible", "free", "age"];
const MORE = ["open_now", "near", "radius_km", "page", "per_page", "constructor", "__proto__", "toString", "valueOf"];
const name = fc.oneof(fc.constantFrom(...KNOWN, ...MORE), fc.string({ maxLength: 12 }));
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double().map(String),
  fc.constantFrom("", "1", "0", "true", "a..b", "FOOD", "03", "G6V", "46.8,-71.2", "%00", "'; --", "*", "\u0000"),
);
const queryString = fc
  .array(fc.tuple(name, value), { maxLength: 8 })
  .map((pairs) => new URLSearchParams(pairs).toString());

beforeAll(async () => {
  const food = await createTaxonomyTerm({ code: "FUZZFOOD", nameFr: "Aide alimentaire", nameEn: "Food aid" });
  for (let i = 0; i < 3; i++) {
    const service = await createService({
      nameFr: `Comptoir alimentaire ${i}`,
      nameEn: `Food counter ${i}`,
      taxonomyTermIds: [food.id],
    });
    await db.searchOutbox.create({ data: { entityType: "service", entityId: service.id, operation: "upsert" } });
  }
  await deliverPendingOutbox({ limit: 10 });
});

describe("search API under property-based abuse", () => {
  it("/api/search: never a 5xx, never slow, never more hits than per_page", async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        const started = performance.now();
        const response = await GET(new Request(`http://localhost/api/search?${query}`));
        const elapsed = performance.now() - started;
        expect([200, 400]).toContain(response.status);
        expect(elapsed).toBeLessThan(2_000);
        const body = await response.json();
        if (response.status === 200) {
          const asked = Number(new URLSearchParams(query).get("per_page"));
          const limit = Number.isInteger(asked) && asked >= 1 && asked <= MAX_PER_PAGE ? asked : 20;
          expect(body.hits.length).toBeLessThanOrEqual(limit);
        } else {
          expect(body.error.code).toBe("invalid_parameters");
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("/api/search/suggest: never a 5xx, never slow", async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        const started = performance.now();
        const response = await suggestGET(new Request(`http://localhost/api/search/suggest?${query}`));
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(response.status).toBe(200);
        const body = await response.json();
        expect(Array.isArray(body.suggestions)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
