// The importer process of `npm run bench:import` (bench/import.ts): applies one HSDS JSON file
// as a chunked job into DATABASE_URL and prints, as its last line, the figures the parent reports —
// its own resident memory when 10%, 50% and 100% of the file have been read, and its peak.
// BENCH_CPU_PROFILE=FILE.cpuprofile also writes a CPU profile of the import (Chrome DevTools,
// speedscope): where the importer spends its time, "(idle)" being the waits on PostgreSQL.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { importDirectory } from "@/lib/open-data/import/import-directory";
import { db } from "@/lib/db/client";

const [file, chunkSize] = [process.argv[2], Number(process.argv[3] ?? 500)];
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const marks = [0.1, 0.5, 1];
const samples: { fraction: number; records: number; seconds: number; rssMb: number; peakRssMb: number }[] = [];
const started = performance.now();
let committedSeconds = 0;
const profileFile = process.env.BENCH_CPU_PROFILE;
const profiler = profileFile ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}

const report = await importDirectory({ kind: "system", label: "bench:import" }, file, {
  format: "hsds-json",
  dryRun: false,
  chunked: true,
  chunkSize,
  onProgress: ({ records, fraction }) => {
    const seconds = (performance.now() - started) / 1000;
    if (fraction === 1) committedSeconds = seconds;
    while (marks.length && (fraction ?? 0) >= marks[0]) {
      samples.push({
        fraction: marks.shift()!,
        records,
        seconds,
        rssMb: mb(process.memoryUsage().rss),
        peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      });
    }
  },
});
const totalSeconds = (performance.now() - started) / 1000;
if (profiler) {
  const { profile } = await profiler.post("Profiler.stop");
  await writeFile(profileFile!, JSON.stringify(profile));
}
await db.$disconnect();
console.log(
  JSON.stringify({
    status: report.status,
    counts: report.counts,
    committedSeconds,
    totalSeconds,
    samples,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  }),
);
