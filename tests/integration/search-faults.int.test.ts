// Faults with real processes: this file's own Meilisearch server is killed (SIGKILL) while
// searches and edits run, then restarted; a full reindex swaps indexes while searches run; a
// relay process dies between delivery and marking. Nothing is faked: the domain functions,
// PostgreSQL, the Meilisearch binary and the relay are the real ones.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createService } from "@/lib/directory/create-service";
import { updateService } from "@/lib/directory/update-service";
import { registerSearchEngine } from "@/lib/search/engine";
import { withFallback } from "@/lib/search/fallback-engine";
import { createMeiliClient } from "@/lib/search/meilisearch/client";
import {
  freeLoopbackPort,
  startEmbeddedMeilisearch,
  type EmbeddedMeilisearch,
} from "@/lib/search/meilisearch/embedded-meilisearch";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/meilisearch-engine";
import { reindexMeilisearch } from "@/lib/search/meilisearch/reindex-meilisearch";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { drainOutbox } from "@/lib/search/outbox-relay";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { startOutboxSweeper } from "@/lib/search/relay-runner";
import { getSearchStatus } from "@/lib/search/status";
import type { SearchQuery } from "@/lib/search/types";
import { createOrganization } from "@/tests/factories/directory";
import { serviceForm } from "@/tests/factories/records";
import { pendingRows, waitUntil } from "@/tests/factories/search-outbox";
import { createActor } from "@/tests/factories/staff";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const word = `flt${randomBytes(3).toString("hex").replace(/\d/g, "q")}`;
const query = (q: string): SearchQuery => ({ q, locale: "fr", categories: [], page: 1, perPage: 50 });

let port = 0;
let dir = "";
let meili: (EmbeddedMeilisearch & { process: import("node:child_process").ChildProcess | null }) | null = null;
const indexUid = "services";
const start = async () => (meili = await startEmbeddedMeilisearch({ dir, port, keyFile: path.join(dir, "key") }));

beforeAll(async () => {
  port = await freeLoopbackPort();
  dir = path.resolve(".data", `meilisearch-faults-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  await start();
  Object.assign(process.env, { MEILI_URL: meili!.url, MEILI_MASTER_KEY: meili!.masterKey, MEILI_INDEX: indexUid });
}, 60_000);

afterAll(async () => {
  await meili?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function engines() {
  const client = createMeiliClient({ url: meili!.url, apiKey: meili!.masterKey, indexUid });
  const primary = createMeilisearchEngine({ client, indexUid });
  // As in production, with a short retry so that the test sees the recovery quickly.
  const engine = withFallback(primary, postgresEngine, {
    timeoutMs: 2000,
    retryAfterMs: 300,
    probe: async () => void (await client.health()),
    log: () => {},
  });
  registerSearchEngine("meilisearch-faults", () => engine);
  process.env.SEARCH_ENGINE = "meilisearch-faults";
  return { client, primary, engine };
}

async function createServices(count: number) {
  const editor = await createActor("editor");
  const org = await createOrganization();
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push((await createService(editor, org.id, serviceForm({ nameFr: `Halte ${word} ${i}` }))).id);
  return { editor, ids };
}

/** Every public document of the index (id → French name). */
async function indexed(client: ReturnType<typeof createMeiliClient>) {
  const { results } = await client
    .index(indexUid)
    .getDocuments<{ id: string; name_fr: string }>({ limit: 10_000, fields: ["id", "name_fr"] });
  return new Map(results.map((d) => [d.id, d.name_fr]));
}

describe("Meilisearch killed and restarted while searches and edits run", () => {
  it("answers every search from PostgreSQL meanwhile, queues every edit, then drains by itself: index = database", async () => {
    const { client, engine } = engines();
    const { editor, ids } = await createServices(12);
    await drainOutbox({ engine });
    expect((await engine.search(query(word))).total).toBe(12);

    // Searches every 50 ms and edits one after the other, through the outage.
    let running = true;
    const failures: string[] = [];
    let searches = 0;
    const searching = (async () => {
      while (running) {
        try {
          const result = await engine.search(query(word));
          if (result.total !== 12) failures.push(`total ${result.total}`);
          searches++;
        } catch (error) {
          failures.push(String(error));
        }
        await pause(50);
      }
    })();
    const lastName = new Map<string, string>();
    let edits = 0;
    const edit = async () => {
      const id = ids[edits % ids.length];
      const nameFr = `Halte ${word} ${edits} modifiee`;
      const { version } = await db.service.findUniqueOrThrow({ where: { id }, select: { version: true } });
      await updateService(editor, id, { ...serviceForm({ nameFr }), version });
      lastName.set(id, nameFr);
      edits++;
    };

    for (let i = 0; i < 4; i++) await edit();
    meili!.process!.kill("SIGKILL");
    await new Promise((resolve) => meili!.process!.once("exit", resolve));
    for (let i = 0; i < 12; i++) await edit();
    await pause(500);

    expect(engine.status()).toBe("degraded");
    expect((await getSearchStatus()).status).toBe("degraded");
    const queued = await pendingRows();
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.every((row) => row.attempts >= 1 && row.lastError)).toBe(true);

    // Back up on the same data: the sweeper alone delivers the backlog (after its backoff).
    await start();
    const sweeper = startOutboxSweeper({ intervalMs: 250, log: () => {} });
    try {
      await waitUntil(async () => (await pendingRows()).length === 0, 60_000, 250);
    } finally {
      await sweeper.stop();
    }
    running = false;
    await searching;
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(10);

    // The index equals the database: same ids, and every edit's last name (none lost).
    const inIndex = await indexed(client);
    const services = await db.service.findMany({ where: { id: { in: ids } }, select: { id: true, nameFr: true } });
    expect([...inIndex.keys()].filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    for (const service of services) expect(inIndex.get(service.id)).toBe(service.nameFr);
    for (const [id, name] of lastName) expect(inIndex.get(id)).toBe(name);

    await pause(400);
    expect((await engine.search(query(word))).total).toBe(12);
    expect(engine.status()).toBe("ok");
  }, 120_000);
});

describe("a full reindex while searches run", () => {
  it("swaps the new index in with zero failed or partial searches", async () => {
    const { primary } = engines();
    const expected = (await primary.search(query(word))).total;
    expect(expected).toBe(12);
    let running = true;
    const answers: number[] = [];
    const failures: string[] = [];
    const searching = (async () => {
      while (running) {
        // Meilisearch itself, never the fallback: a failure here is a failed search.
        await primary.search(query(word)).then(
          (result) => answers.push(result.total),
          (error) => failures.push(String(error)),
        );
        await pause(20);
      }
    })();
    await reindexMeilisearch(undefined, 5);
    await reindexMeilisearch(undefined, 5);
    running = false;
    await searching;
    expect(failures).toEqual([]);
    expect(answers.length).toBeGreaterThan(5);
    expect(answers.every((total) => total === expected)).toBe(true);
  }, 120_000);
});

describe("a relay process killed between delivery and marking", () => {
  it("leaves the rows pending; the next relay redelivers: one document, nothing lost", async () => {
    const { client, engine } = engines();
    const { ids } = await createServices(1);
    await drainOutbox({ engine });
    const [id] = ids;
    const renamed = `Halte ${word} tuee`;
    await db.$transaction(async (tx) => {
      await tx.service.update({ where: { id }, data: { nameFr: renamed, version: { increment: 1 } } });
      await enqueueSearchSync(tx, { serviceIds: [id] });
    });

    // A real relay process that SIGKILLs itself once Meilisearch confirmed, before marking.
    const child = spawn(
      "npx",
      ["tsx", "--conditions=react-server", "tests/integration/fixtures/relay-killed-before-mark.ts"],
      { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );
    expect(output).toContain("delivered, dying before marking");
    expect(exit.code ?? exit.signal).not.toBe(0);

    // Delivered (Meilisearch has the new name) but not marked: the row is pending again.
    expect((await indexed(client)).get(id)).toBe(renamed);
    const [row] = await pendingRows();
    expect(row).toMatchObject({ entityId: id, processedAt: null });

    expect(await drainOutbox({ engine })).toBe(1);
    expect(await pendingRows()).toEqual([]);
    const hits = (await engine.search(query(`${word} tuee`))).hits.filter((hit) => hit.id === id);
    expect(hits).toHaveLength(1);
    expect([...(await indexed(client)).keys()].filter((key) => key === id)).toHaveLength(1);
  }, 120_000);
});
