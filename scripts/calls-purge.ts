// `npm run calls:purge`: deletes the calls older than CALL_LOG_RETENTION_MONTHS (default 36)
// from DATABASE_URL or the embedded database, and says how many. The app also does this once
// a day by itself (instrumentation.ts); this script is for cron jobs and for checking.
import { prepareDatabase } from "@/lib/db/prepare-database";

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
try {
  const { purgeCalls } = await import("@/lib/calls/purge-calls");
  const { SYSTEM_ACTOR } = await import("@/lib/auth/actor");
  const { deleted, cutoff } = await purgeCalls(SYSTEM_ACTOR);
  console.log(`Call log: ${deleted} call(s) started before ${cutoff.toISOString()} deleted.`);
} finally {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await database.stop();
}
