import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { exportDirectory } from "@/lib/open-data/export/export-directory";
import { importDirectory } from "@/lib/open-data/import/import-directory";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";

const SYSTEM = { kind: "system", label: "test" } as const;

async function exportJson() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await exportDirectory(SYSTEM, { format: "hsds-json", out });
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  await seedDemoDirectory(process.env.DATABASE_URL!, { services: 60, seed: 5, searchIndex: false });
}, 120_000);

describe("HSDS JSON round trip", () => {
  it("round-trips: export → import into an empty directory → export again is equal", async () => {
    const strip = (text: string) => text.replace(/"last_modified":"[^"]*",?/g, "");
    const first = await exportJson();
    const file = path.join(await mkdtemp(path.join(tmpdir(), "hsds-round-trip-")), "export.json");
    await writeFile(file, first);
    // An empty directory: every record gone, the reference places (regions, municipalities) kept.
    await db.$executeRawUnsafe(
      "TRUNCATE organization, service, location, taxonomy_term, external_identifier, search_outbox, audit_event CASCADE",
    );
    const report = await importDirectory(SYSTEM, file, { format: "hsds-json", dryRun: false });
    expect(report.counts.refused).toBe(0);
    const second = await exportJson();
    const a = JSON.parse(strip(first));
    const b = JSON.parse(strip(second));
    expect(b.length).toBe(a.length);
    for (let index = 0; index < a.length; index++) expect(b[index]).toEqual(a[index]);
    expect(a.length).toBeGreaterThan(20);
  }, 120_000);
});
