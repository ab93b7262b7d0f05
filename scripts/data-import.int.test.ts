import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resumeImport } from "@/lib/open-data/import/import-directory";

// `npm run data:import -- FILE --chunked` stopped by a real signal: the job is left resumable and
// marked "interrupted" — never "running" with no process behind it — and resuming completes it.

const RECORDS = 400;

async function directoryFile() {
  const records = Array.from({ length: RECORDS }, (_, index) => ({
    id: crypto.randomUUID(),
    name: `Organisme signalé ${crypto.randomUUID().slice(0, 8)} ${index}`,
    description: "Organisme communautaire.",
    services: [],
  }));
  // A name of its own: the test finds its job by file name.
  const file = path.join(await mkdtemp(path.join(tmpdir(), "hsds-signal-")), `${crypto.randomUUID()}.json`);
  await writeFile(file, JSON.stringify(records));
  return { file, ids: records.map((record) => record.id) };
}

const importer = (file: string) =>
  // node itself, tsx as a loader: the signal reaches the importer, not a launcher (npx, tsx's CLI).
  spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/data-import.ts", file, "--chunked", "--chunk-size", "1"],
    { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, stdio: ["ignore", "pipe", "pipe"] },
  );

/** The job of this file once it has committed a chunk (the importer is then mid-file). */
async function jobUnderWay(fileName: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const job = await db.dataImport.findFirst({ where: { fileName, position: { gt: 0 } } });
    if (job) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the importer did not commit a chunk");
}

async function stopWith(signals: NodeJS.Signals[]) {
  const { file, ids } = await directoryFile();
  const child = importer(file);
  let output = "";
  child.stdout.on("data", (data) => (output += data));
  child.stderr.on("data", (data) => (output += data));
  const exited = once(child, "exit");
  const job = await jobUnderWay(path.basename(file));
  for (const [index, signal] of signals.entries()) {
    // The same signal twice at once would reach the process as one: the second waits for the first's notice.
    if (index > 0)
      while (!output.includes("Stopping") && child.exitCode === null && child.signalCode === null)
        await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill(signal);
  }
  const [code] = (await exited) as [number | null];
  const stopped = await db.dataImport.findUniqueOrThrow({ where: { id: job.id } });
  return { file, ids, code, output, stopped };
}

describe("data:import stopped by a signal", () => {
  it("SIGTERM: stops after the current chunk, interrupted and resumable; resuming completes the file", async () => {
    const { file, ids, code, output, stopped } = await stopWith(["SIGTERM"]);
    expect(output).toMatch(/Stopping after the current chunk/);
    expect(code).toBe(1);
    expect(stopped.status).toBe("interrupted");
    expect(stopped.position).toBeLessThan(RECORDS);
    // Every committed chunk's organization is there, and only those.
    expect(await db.organization.count({ where: { id: { in: ids } } })).toBe(stopped.position);
    const { done } = await resumeImport({ kind: "system", label: "test" }, stopped.id, file);
    expect((await done).counts).toMatchObject({ created: RECORDS, refused: 0 });
    expect(await db.organization.count({ where: { id: { in: ids } } })).toBe(RECORDS);
  }, 120_000);

  it("a second signal quits at once: the job is marked interrupted, not left running", async () => {
    const { ids, code, stopped } = await stopWith(["SIGINT", "SIGINT"]);
    expect(code).toBe(130);
    expect(stopped.status).toBe("interrupted");
    expect(await db.organization.count({ where: { id: { in: ids } } })).toBe(stopped.position);
  }, 60_000);
});
