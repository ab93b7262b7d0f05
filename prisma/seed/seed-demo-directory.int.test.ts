import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { cloneDatabase, dropDatabase } from "@/lib/db/test-cluster";
import { DEMO_PASSWORD, DEMO_STAFF } from "./generate-staff";
import { isDirectoryEmpty, resetDirectory, seedDemoDirectory } from "./seed-demo-directory";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

// Everything whose id the seed derives from its PRNG, as one comparable fingerprint.
const FINGERPRINT = `SELECT md5(string_agg(id::text || name, ',' ORDER BY id)) AS f FROM (
  SELECT id, name_fr AS name FROM organization UNION ALL SELECT id, name_fr FROM service
  UNION ALL SELECT id, name_fr FROM location UNION ALL SELECT id, number FROM phone
  UNION ALL SELECT id, weekday::text FROM schedule_range UNION ALL SELECT id, code FROM taxonomy_term) x`;

async function fingerprint(databaseUrl: string) {
  const other = new pg.Client({ connectionString: databaseUrl });
  await other.connect();
  try {
    return (await other.query<{ f: string }>(FINGERPRINT)).rows[0]!.f;
  } finally {
    await other.end();
  }
}

beforeAll(() => client.connect());
afterAll(() => client.end());

describe("seedDemoDirectory", () => {
  it("fills an empty database with a small directory in both regions", async () => {
    expect(await isDirectoryEmpty(url)).toBe(true);
    const counts = await seedDemoDirectory(url, { services: 300, seed: 7, searchIndex: false });
    expect(counts).toMatchObject({ organizations: 120, services: 300, locations: 150, municipalities: 126 });
    expect(await isDirectoryEmpty(url)).toBe(false);
    expect(await count("SELECT count(*) AS n FROM service")).toBe(300);
    expect(await count("SELECT count(*) AS n FROM location")).toBe(150);
    expect(await count("SELECT count(DISTINCT municipality_id) AS n FROM address")).toBe(126);
    const regions = await client.query(`SELECT DISTINCT m.region_code FROM address a
      JOIN municipality m ON m.id = a.municipality_id ORDER BY 1`);
    expect(regions.rows.map((r) => r.region_code)).toEqual(["03", "12"]);
    expect(await count("SELECT count(*) AS n FROM search_synonym_group WHERE cardinality(terms) > 1")).toBeGreaterThan(
      10,
    );
  });

  it("links every service to its own organization's sites, categories and phones", async () => {
    expect(
      await count(`SELECT count(*) AS n FROM service_at_location sal JOIN service s ON s.id = sal.service_id
        JOIN location l ON l.id = sal.location_id WHERE l.organization_id <> s.organization_id`),
    ).toBe(0);
    for (const table of ["service_taxonomy_term", "phone", "service_at_location", "service_area", "service_language"])
      expect(
        await count(
          `SELECT count(*) AS n FROM service s WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.service_id = s.id)`,
        ),
        table,
      ).toBe(0);
  });

  it("creates one demo account per role with the demo password", async () => {
    const { rows } = await client.query("SELECT email, role, password_hash FROM app_user ORDER BY email");
    expect(rows.map((r) => [r.email, r.role])).toEqual(
      [...DEMO_STAFF].sort((a, b) => a.email.localeCompare(b.email)).map((s) => [s.email, s.role]),
    );
    expect(await verifyPassword(rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(rows[0].password_hash, "wrong-password")).toBe(false);
  });

  it("writes the same ids and names for the same seed in another database", async () => {
    const adminUrl = inject("adminUrl");
    const second = await cloneDatabase(adminUrl, inject("templateDatabase"), "seed_twin");
    try {
      await seedDemoDirectory(second.url, { services: 300, seed: 7, searchIndex: false });
      expect(await fingerprint(second.url)).toBe(await fingerprint(url));
    } finally {
      await dropDatabase(adminUrl, second.name);
    }
  });

  it("resets the directory but keeps staff accounts, then seeds again and builds the search index", async () => {
    const before = await fingerprint(url);
    await resetDirectory(url);
    expect(await isDirectoryEmpty(url)).toBe(true);
    expect(await count("SELECT count(*) AS n FROM service")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM app_user")).toBe(4);
    await seedDemoDirectory(url, { services: 300, seed: 7 });
    expect(await fingerprint(url)).toBe(before);
    expect(await count("SELECT count(*) AS n FROM search_document")).toBeGreaterThan(250);
  });
});
