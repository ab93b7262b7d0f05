// The demo directory: a deterministic, fictional but believable set of organizations,
// services and sites across the two regions, for development, demos, e2e tests and the
// 200,000-service benchmark. Same seed and size → the same rows and ids in any database.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { createContext } from "./context";
import { generateDirectory } from "./generate-directory";
import { generateReference } from "./generate-reference";
import { DEMO_PASSWORD, generateStaff } from "./generate-staff";
import { insertAll, insertSynonymGroups, upsertStaff } from "./insert";
import { DEFAULT_SERVICES } from "./plan";
import { Random } from "./random";
import { buildSearchIndex } from "./search-index";
import { seedCallHistory } from "./seed-call-history";

export type SeedOptions = {
  services?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Rebuild the search index afterwards (default true; tests of the seed itself skip it). */
  searchIndex?: boolean;
  /** Calls of the demo call log (a year of history; default 32,000, 0 for none). */
  calls?: number;
};

export type SeedCounts = {
  organizations: number;
  services: number;
  locations: number;
  municipalities: number;
  taxonomyTerms: number;
  topLevelCategories: number;
  calls: number;
  seconds: number;
};

export const DEFAULT_SEED = 211;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when the directory holds neither organizations nor taxonomy terms. */
export async function isDirectoryEmpty(url: string) {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      "SELECT ((SELECT count(*) FROM organization) + (SELECT count(*) FROM taxonomy_term))::int AS n",
    );
    return rows[0]?.n === 0;
  });
}

/**
 * Empties the directory and its reference data (and the search tables built from them).
 * Staff accounts and the append-only audit log are kept; TRUNCATE fires no row trigger.
 */
export async function resetDirectory(url: string) {
  await withClient(url, async (c) => {
    const derived = await c.query<{ name: string }>(
      "SELECT name FROM unnest(ARRAY['search_document', 'search_facet', 'search_facet_count', 'search_vocabulary']) AS name WHERE to_regclass(name) IS NOT NULL",
    );
    const tables = ["organization", "taxonomy_term", "municipality", "region", "postal_prefix", "search_synonym_group"];
    const extra = ["search_outbox", ...derived.rows.map((r) => r.name)];
    await c.query(`TRUNCATE ${[...tables, ...extra].join(", ")} CASCADE`);
  });
}

export async function seedDemoDirectory(url: string, options: SeedOptions = {}): Promise<SeedCounts> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const reference = generateReference(random);
  // Hashed once: Argon2 is deliberately slow, and the four demo accounts share the password.
  const staff = generateStaff(random, await hashPassword(DEMO_PASSWORD));
  const counts = { organizations: 0, services: 0, locations: 0, calls: 0 };
  const townsUsed = new Set<string>();

  await withClient(url, async (client) => {
    // One transaction: a failed seed leaves nothing half-written behind.
    await client.query("BEGIN");
    let inserting: Promise<unknown> = Promise.resolve();
    try {
      await insertAll(client, reference.rows);
      await insertSynonymGroups(client, reference.synonymGroups, reference.rows.taxonomyTerm[0]?.created_at ?? null);
      const editorIds = await upsertStaff(client, staff);
      const ctx = createContext(random, reference, editorIds);
      // Pipelined: the generator builds batch n+1 while PostgreSQL inserts batch n.
      for (const batch of generateDirectory(ctx, options.services ?? DEFAULT_SERVICES)) {
        await inserting;
        inserting = insertAll(client, batch);
        counts.organizations += batch.organization.length;
        counts.services += batch.service.length;
        counts.locations += batch.location.length;
        for (const address of batch.address) if (address.municipality_id) townsUsed.add(address.municipality_id);
        if (counts.organizations % 10_000 < batch.organization.length && counts.services > 20_000)
          log(`  … ${counts.services.toLocaleString("en-US")} services`);
      }
      await inserting;
      if (options.calls !== 0) {
        counts.calls = (
          await seedCallHistory(client, { seed: options.seed ?? DEFAULT_SEED, calls: options.calls })
        ).calls;
      }
      await client.query("COMMIT");
    } catch (error) {
      await inserting.catch(() => {}); // the first error is the one worth reporting
      await client.query("ROLLBACK");
      throw error;
    }
    // Fresh statistics, so that the index build and the first searches get good plans.
    await client.query("ANALYZE");
  });

  if (options.searchIndex !== false) await buildSearchIndex(url, log);

  const result: SeedCounts = {
    ...counts,
    municipalities: townsUsed.size,
    taxonomyTerms: reference.rows.taxonomyTerm.length,
    topLevelCategories: reference.rows.taxonomyTerm.filter((t) => t.parent_id === null).length,
    seconds: (performance.now() - started) / 1000,
  };
  const n = (x: number) => x.toLocaleString("en-US");
  log(
    `Seeded: ${n(result.organizations)} organizations · ${n(result.services)} services · ${n(result.locations)} locations · ` +
      `${n(result.municipalities)} municipalities · ${n(result.taxonomyTerms)} taxonomy terms ` +
      `(${result.topLevelCategories} top-level) · ${n(result.calls)} calls in ${result.seconds.toFixed(1)} s`,
  );
  return result;
}
