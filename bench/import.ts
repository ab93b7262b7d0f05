// `npm run bench:import [-- --large 20000 --reuse-data --chunk-size 500]`: the import of a large
// file (issue #13) — the bench database of that size is exported to HSDS JSON with the
// exporter (`data:export`), then imported into an empty directory (reference data only) as a
// chunked job, in a process of its own whose memory is sampled at 10%, 50% and 100% of the file.
// Writes bench/results/import.{json,md}.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { generateReference } from "@/prisma/seed/generate-reference";
import { insertAll } from "@/prisma/seed/insert";
import { Random } from "@/prisma/seed/random";
import { DEFAULT_SEED } from "@/prisma/seed/seed-demo-directory";
import { freshDatabase, startBenchCluster, withClient } from "./lib/cluster";
import { prepareData } from "./lib/data";

const run = promisify(execFile);
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const services = option("large", 200_000);
const chunkSize = option("chunk-size", 500);
const reuse = process.argv.includes("--reuse-data");
const log = (line: string) => console.log(line);
const tsx = path.resolve("node_modules", ".bin", "tsx");
const folder = path.resolve(".data", "bench-import");
const n = (value: number) => Math.round(value).toLocaleString("en-US");

/** A script of ours against one database, in its own process (as an operator runs it). */
async function script(args: string[], databaseUrl: string) {
  const { stdout } = await run(tsx, ["--conditions=react-server", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SEARCH_ENGINE: "postgres", LOG_LEVEL: "warn" },
    maxBuffer: 64 * 2 ** 20,
  });
  return stdout;
}

type ChildResult = {
  status: string;
  counts: Record<string, number>;
  committedSeconds: number;
  totalSeconds: number;
  samples: { fraction: number; records: number; seconds: number; rssMb: number; peakRssMb: number }[];
  peakRssMb: number;
};

const cluster = await startBenchCluster(log);
try {
  const source = await prepareData(cluster, services, reuse, log);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `directory-${services}.json`);
  let started = performance.now();
  let exportSeconds: number | null = null;
  // --reuse-data also keeps the file an earlier run exported from the same database.
  if (reuse && !source.seeding && fs.existsSync(file)) log(`Reusing ${file}.`);
  else {
    log(`Exporting ${n(services)} services to HSDS JSON…`);
    await script(["scripts/data-export.ts", "--format", "hsds-json", file], source.url);
    exportSeconds = (performance.now() - started) / 1000;
  }
  const fileMb = fs.statSync(file).size / 2 ** 20;
  log(`  ${fileMb.toFixed(0)} MB${exportSeconds === null ? "" : ` exported in ${exportSeconds.toFixed(1)} s`}`);

  const target = await freshDatabase(cluster, `bench_import_${services}`);
  // An empty directory: the seed's places only (regions, municipalities, postal prefixes); the
  // categories come from the file, which lists its taxonomy terms first.
  const { rows } = generateReference(new Random(DEFAULT_SEED));
  await withClient(target, async (client) => {
    await insertAll(client, { region: rows.region, municipality: rows.municipality, postalPrefix: rows.postalPrefix });
  });
  log(`Importing it into an empty directory (chunks of ${chunkSize})…`);
  started = performance.now();
  const out = await script(["bench/lib/import-child.ts", file, String(chunkSize)], target);
  const wallSeconds = (performance.now() - started) / 1000;
  const child = JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult;
  const imported = await withClient(target, async (client) =>
    Number((await client.query("SELECT count(*)::int AS n FROM service")).rows[0].n),
  );
  const result = {
    services,
    chunkSize,
    fileMb,
    exportSeconds,
    importedServices: imported,
    ...child,
    servicesPerSecond: imported / child.committedSeconds,
    processWallSeconds: wallSeconds,
  };
  log(
    `  ${child.status}: ${n(imported)} services in ${child.committedSeconds.toFixed(1)} s (${n(result.servicesPerSecond)} services/s), ` +
      `${child.totalSeconds.toFixed(1)} s with the search outbox delivered; peak RSS ${child.peakRssMb} MB`,
  );
  for (const s of child.samples)
    log(`  ${s.fraction * 100}% of the file: ${n(s.records)} records, ${s.seconds.toFixed(1)} s, RSS ${s.rssMb} MB`);
  const results = path.resolve("bench", "results");
  fs.writeFileSync(path.join(results, "import.json"), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(
    path.join(results, "import.md"),
    [
      `# Import of a large HSDS JSON file (${n(services)} services)`,
      "",
      `File: ${fileMb.toFixed(0)} MB${exportSeconds === null ? " (reused)" : ` (exported in ${exportSeconds.toFixed(1)} s)`}. Chunks of ${chunkSize} records.`,
      "",
      "| figure | value |",
      "| --- | --- |",
      `| services imported | ${n(imported)} (${child.status}; refused ${child.counts.refused}) |`,
      `| time to commit every chunk | ${child.committedSeconds.toFixed(1)} s |`,
      `| services/s | ${n(result.servicesPerSecond)} |`,
      `| total, search outbox delivered | ${child.totalSeconds.toFixed(1)} s |`,
      ...child.samples.map(
        (s) => `| RSS at ${s.fraction * 100}% of the file (${n(s.records)} records) | ${s.rssMb} MB |`,
      ),
      `| peak RSS of the importer | ${child.peakRssMb} MB |`,
      "",
    ].join("\n"),
  );
} finally {
  await cluster.stop();
}
