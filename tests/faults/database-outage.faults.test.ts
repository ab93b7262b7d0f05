import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";
import { freePort, startAppServer } from "./server";

// PostgreSQL stopped under a running app (real processes): every page and API answers 503
// with Retry-After in under 2 s and shows no stack trace; when PostgreSQL is back the same
// app recovers by itself within 10 s, and no acknowledged edit is lost.

let cluster: EmbeddedDatabase;
let app: Awaited<ReturnType<typeof startAppServer>>;
let dir = "";
let pgPort = 0;
const startCluster = () => startEmbeddedPostgres({ dir, port: pgPort, database: "faults" });

beforeAll(async () => {
  pgPort = await freePort();
  dir = path.resolve(".data", `postgres-faults-${pgPort}`);
  cluster = await startCluster();
  await migrate(cluster.url, () => {});
  await seedDemoDirectory(cluster.url, { services: 60 });
  // This process writes through the same domain functions as the app (lib/db connects lazily).
  process.env.DATABASE_URL = cluster.url;
  app = await startAppServer({ DATABASE_URL: cluster.url, SEARCH_ENGINE: "postgres" });
}, 180_000);

afterAll(async () => {
  app?.stop();
  const { db } = await import("@/lib/db/client");
  await db.$disconnect().catch(() => {});
  await cluster?.stop();
});

async function timed(url: string) {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
  return { response, body: await response.text(), ms: performance.now() - started };
}

describe("PostgreSQL stops while the app serves", () => {
  it("answers 503 fast, then recovers by itself without losing an acknowledged edit", async () => {
    const { db } = await import("@/lib/db/client");
    const { createActor } = await import("@/tests/factories/staff");
    const { serviceForm } = await import("@/tests/factories/records");
    const { createService } = await import("@/lib/directory/create-service");
    const { updateService } = await import("@/lib/directory/update-service");
    const editor = await createActor("editor");
    const org = await db.organization.findFirstOrThrow({ where: { deletedAt: null } });
    const service = await createService(editor, org.id, serviceForm({ nameFr: "Halte-répit Beauport" }));
    const acknowledged = await updateService(
      editor,
      service.id,
      serviceForm({ version: service.version, nameFr: "Halte-répit Beauport (Giffard)" }),
    );
    const slug = (await db.service.findUniqueOrThrow({ where: { id: service.id } })).slug;
    const urls = [
      "/fr",
      "/en/search?q=food",
      `/fr/services/${slug}`,
      "/api/search?q=aide",
      "/api/search/suggest?q=ban",
      "/api/health",
    ].map((p) => `${app.baseUrl}${p}`);
    for (const url of urls) expect((await timed(url)).response.status, url).toBe(200);

    await cluster.stop();
    // Give the app a moment to notice (its probe runs at most once a second).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const url of urls) {
      const { response, body, ms } = await timed(url);
      expect(response.status, url).toBe(503);
      expect(Number(response.headers.get("retry-after")), url).toBeGreaterThan(0);
      expect(ms, url).toBeLessThan(2_000);
      expect(body, url).not.toMatch(/\n\s+at |Error:|ECONNREFUSED|prisma/i);
    }
    // A write during the outage is refused, never half-done and never acknowledged.
    await expect(
      updateService(editor, service.id, serviceForm({ version: acknowledged.version, nameFr: "Pendant la panne" })),
    ).rejects.toThrow();

    cluster = await startCluster();
    const back = Date.now();
    let recoveredAfter = -1;
    while (Date.now() - back < 15_000) {
      const statuses = await Promise.all(urls.map(async (url) => (await timed(url)).response.status));
      if (statuses.every((status) => status === 200)) {
        recoveredAfter = Date.now() - back;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recoveredAfter, "recovered without a restart").toBeGreaterThanOrEqual(0);
    expect(recoveredAfter).toBeLessThan(10_000);

    const row = await db.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(row).toMatchObject({ nameFr: "Halte-répit Beauport (Giffard)", version: acknowledged.version });
    await updateService(editor, service.id, serviceForm({ version: acknowledged.version, nameFr: "Après la panne" }));
    expect((await db.service.findUniqueOrThrow({ where: { id: service.id } })).nameFr).toBe("Après la panne");
    expect(app.errors()).not.toMatch(/ECONNREFUSED[\s\S]*\n\s+at .*\(\/.*node_modules\/next/);
  }, 120_000);
});
