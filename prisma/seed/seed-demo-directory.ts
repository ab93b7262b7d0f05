// PLACEHOLDER — being replaced by the full deterministic generator.
import pg from "pg";
import { MUNICIPALITIES, REGIONS } from "./data/municipalities";
import { TAXONOMY, type TaxonomyTermSeed } from "./data/taxonomy";

export type SeedOptions = { services?: number; seed?: number; log?: (line: string) => void };

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function isDirectoryEmpty(url: string) {
  return withClient(
    url,
    async (c) =>
      (await c.query("SELECT ((SELECT count(*) FROM organization) + (SELECT count(*) FROM taxonomy_term))::int AS n"))
        .rows[0].n === 0,
  );
}

export async function resetDirectory(url: string) {
  await withClient(url, (c) =>
    c.query("TRUNCATE organization, taxonomy_term, municipality, region, search_outbox CASCADE"),
  );
}

export async function seedDemoDirectory(url: string, options: SeedOptions = {}) {
  await withClient(url, async (c) => {
    for (const r of REGIONS)
      await c.query("INSERT INTO region(code,name_fr,name_en) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING", [
        r.code,
        r.nameFr,
        r.nameEn,
      ]);
    for (const m of MUNICIPALITIES)
      await c.query(
        "INSERT INTO municipality(id,code,name,slug,mrc,region_code,latitude,longitude,population) VALUES (gen_random_uuid(),$1,$2,$1,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING",
        [m.code, m.name, m.mrc, m.regionCode, m.lat, m.lng, m.population],
      );
    let position = 0;
    async function insert(term: TaxonomyTermSeed, parentId: string | null) {
      const { rows } = await c.query(
        "INSERT INTO taxonomy_term(id,code,slug,name_fr,name_en,description_fr,description_en,parent_id,position,updated_at) VALUES (gen_random_uuid(),$1,lower(replace($1,'.','-')),$2,$3,$4,$5,$6,$7,now()) RETURNING id",
        [term.code, term.nameFr, term.nameEn, term.descriptionFr, term.descriptionEn, parentId, position++],
      );
      for (const child of term.children ?? []) await insert(child, rows[0].id);
    }
    for (const term of TAXONOMY) await insert(term, null);
  });
  options.log?.("Seeded reference data (placeholder generator).");
}
