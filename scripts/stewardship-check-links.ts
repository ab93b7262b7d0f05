// `npm run stewardship:check-links`: checks the website of every public organization and service
// (one request per host at a time, 10 s timeout) and stores the results for the data-quality
// page (/fr/admin/qualite). Run it from cron, e.g. weekly.
import { prepareDatabase } from "@/lib/db/prepare-database";

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
try {
  const { checkLinks } = await import("@/lib/stewardship/check-links");
  const { SYSTEM_ACTOR } = await import("@/lib/auth/actor");
  const { checked, broken, skipped } = await checkLinks(SYSTEM_ACTOR, { log: (line) => console.log(`  ${line}`) });
  console.log(`Links: ${checked} checked, ${broken} not answering, ${skipped} skipped (not http(s) or private).`);
} finally {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await database.stop();
}
