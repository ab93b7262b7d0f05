// Loads what the call generator needs from the seeded directory, then inserts the calls with
// one unnest() statement per table and chunk (set-based, like the directory).
import type pg from "pg";
import { generateCalls, type CallReference, type CallRows } from "./generate-calls";
import { Random } from "./random";

export const DEFAULT_CALLS = 32_000;

async function loadReference(client: pg.ClientBase): Promise<CallReference> {
  const terms = await client.query<{ code: string; id: string }>("SELECT code, id FROM taxonomy_term ORDER BY code");
  const municipalities = await client.query<{
    id: string;
    mrc: string;
    region_code: string;
    population: number | null;
  }>("SELECT id, mrc, region_code, population FROM municipality ORDER BY code");
  const services = await client.query<{ root: string; id: string; mrc: string; region_code: string }>(
    `SELECT DISTINCT split_part(t.code, '.', 1) AS root, s.id, m.mrc, m.region_code
     FROM service s
     JOIN service_taxonomy_term st ON st.service_id = s.id
     JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
     JOIN service_at_location sal ON sal.service_id = s.id
     JOIN address a ON a.location_id = sal.location_id
     JOIN municipality m ON m.id = a.municipality_id
     WHERE s.status = 'active' AND s.deleted_at IS NULL
     ORDER BY 1, 2, 3`,
  );
  const agents = await client.query<{ id: string }>(
    "SELECT id FROM app_user WHERE role IN ('agent', 'editor', 'admin') ORDER BY email",
  );
  const byRoot = new Map<string, { id: string; mrc: string; regionCode: string }[]>();
  for (const row of services.rows) {
    const list = byRoot.get(row.root) ?? [];
    list.push({ id: row.id, mrc: row.mrc, regionCode: row.region_code });
    byRoot.set(row.root, list);
  }
  return {
    terms: new Map(terms.rows.map((row) => [row.code, row.id])),
    municipalities: municipalities.rows.map((m) => ({
      id: m.id,
      mrc: m.mrc,
      regionCode: m.region_code,
      population: m.population ?? 1000,
    })),
    services: byRoot,
    agentIds: agents.rows.map((row) => row.id),
  };
}

const COLUMNS: { [K in keyof CallRows]: [table: string, columns: Record<string, string>] } = {
  call: [
    "call",
    {
      id: "uuid",
      agent_id: "uuid",
      started_at: "timestamptz",
      ended_at: "timestamptz",
      municipality_id: "uuid",
      mrc: "text",
      region_code: "varchar",
      language: "varchar",
      age_group: '"CallAgeGroup"',
      how_heard: '"CallHowHeard"',
      note: "varchar",
    },
  ],
  callNeed: ["call_need", { call_id: "uuid", taxonomy_term_id: "uuid" }],
  callReferral: ["call_referral", { call_id: "uuid", service_id: "uuid", created_at: "timestamptz" }],
  callUnmetNeed: [
    "call_unmet_need",
    { id: "uuid", call_id: "uuid", taxonomy_term_id: "uuid", reason: '"UnmetNeedReason"' },
  ],
  callEmptySearch: ["call_empty_search", { id: "uuid", call_id: "uuid", query: "varchar", created_at: "timestamptz" }],
};

const CHUNK = 20_000;

async function insertRows<K extends keyof CallRows>(client: pg.ClientBase, key: K, rows: CallRows[K]) {
  const [table, columns] = COLUMNS[key];
  const names = Object.keys(columns);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK) as Record<string, unknown>[];
    await client.query(
      `INSERT INTO ${table} (${names.join(", ")}) SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(", ")})`,
      names.map((name) => chunk.map((row) => row[name] ?? null)),
    );
  }
}

/** A year of demo calls (deterministic for a seed); returns how many calls were inserted. */
export async function seedCallHistory(client: pg.ClientBase, options: { seed: number; calls?: number }) {
  const reference = await loadReference(client);
  // Its own random stream: the directory's rows do not change with the number of calls.
  const rows = generateCalls(new Random(options.seed * 7919 + 10), reference, options.calls ?? DEFAULT_CALLS);
  for (const key of ["call", "callNeed", "callReferral", "callUnmetNeed", "callEmptySearch"] as const) {
    await insertRows(client, key, rows[key]);
  }
  return { calls: rows.call.length, referrals: rows.callReferral.length, unmetNeeds: rows.callUnmetNeed.length };
}
