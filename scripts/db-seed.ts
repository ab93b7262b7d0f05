// `npm run db:seed` seeds the demo directory into DATABASE_URL or the embedded database.
// Options: --services N (default 5200; e.g. 200000 for benchmarks), --seed S (default 211),
// --reset (empty the directory first; required when it already holds records),
// --force-demo (required on a DATABASE_URL database: prisma/seed/seed-guard.ts).
import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedRefusal } from "@/prisma/seed/seed-guard";

function option(name: string) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const refusal = seedRefusal({
  embedded: !process.env.DATABASE_URL,
  reset: process.argv.includes("--reset"),
  forceDemo: process.argv.includes("--force-demo"),
});
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

// Imported only now: the production image ships no demo seed (nor its password).
const { isDirectoryEmpty, resetDirectory, seedDemoDirectory } = await import("@/prisma/seed/seed-demo-directory");
const db = await prepareDatabase();
try {
  if (process.argv.includes("--reset")) await resetDirectory(db.url);
  if (!(await isDirectoryEmpty(db.url))) {
    console.error(
      "The directory already holds records. Run `npm run db:seed -- --reset` to replace them with demo data.",
    );
    process.exitCode = 1;
  } else {
    await seedDemoDirectory(db.url, {
      services: option("services") ? Number(option("services")) : undefined,
      seed: option("seed") ? Number(option("seed")) : undefined,
      log: console.log,
    });
  }
} finally {
  await db.stop();
}
