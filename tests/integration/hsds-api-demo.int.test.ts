import { beforeAll, describe, expect, it } from "vitest";
import { GET as organizations } from "@/app/api/hsds/organizations/route";
import { GET as salList } from "@/app/api/hsds/service_at_locations/route";
import { GET as services } from "@/app/api/hsds/services/route";
import { GET as terms } from "@/app/api/hsds/taxonomy_terms/route";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";
import { expectValid, hsdsValidator } from "@/tests/open-data/hsds-validator";

// A whole generated directory (every shape of record the seed makes: seasonal hours, closures,
// service areas, several sites, missing English…) streamed and validated record by record.
beforeAll(async () => {
  await seedDemoDirectory(process.env.DATABASE_URL!, { services: 120, seed: 13, searchIndex: false });
}, 120_000);

async function ndjson(handler: (request: Request) => Promise<Response>, query: string) {
  const response = await handler(new Request(`http://localhost/api/hsds/x?format=ndjson&${query}`));
  expect(response.status).toBe(200);
  return (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("HSDS 3.0 API over the demo directory", () => {
  it.each(["fr", "en"])("every public record validates (%s)", async (lang) => {
    const all = await ndjson(services, `full=true&lang=${lang}`);
    expect(all.length).toBeGreaterThan(100);
    for (const record of all) expectValid(hsdsValidator("compiled/service.json"), record, record.id);
    for (const record of await ndjson(organizations, `full=true&lang=${lang}`))
      expectValid(hsdsValidator("compiled/organization.json"), record, record.id);
    for (const record of await ndjson(salList, `full=true&lang=${lang}`))
      expectValid(hsdsValidator("compiled/service_at_location.json"), record, record.id);
    for (const record of await ndjson(terms, `lang=${lang}`))
      expectValid(hsdsValidator("taxonomy_term.json"), record, record.id);
    expect(all.every((record) => record.status === "active" || record.status === "temporarily closed")).toBe(true);
  });
});
