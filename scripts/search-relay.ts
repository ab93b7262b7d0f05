// `npm run search:relay`: the long-running search-outbox relay (docker-compose service
// "relay"). Every second it delivers what is due in bounded batches: catch-up after a crash,
// retries after an engine outage. Safe to run several times (FOR UPDATE SKIP LOCKED).
// SIGTERM/SIGINT: finishes the current batch, then exits.
import { prepareDatabase } from "@/lib/db/prepare-database";

const INTERVAL_MS = Number(process.env.SEARCH_RELAY_INTERVAL_MS ?? 1000);

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
const { prepareSearch } = await import("@/lib/search/prepare-search");
const searchEngine = await prepareSearch();
Object.assign(process.env, searchEngine.env);
const { startOutboxSweeper } = await import("@/lib/search/relay-runner");
const { db } = await import("@/lib/db/client");
const { configuredEngineName } = await import("@/lib/search/engine-name");

console.log(`Search relay: delivering the outbox every ${INTERVAL_MS} ms (engine: ${configuredEngineName()}).`);
const sweeper = startOutboxSweeper({ intervalMs: INTERVAL_MS });

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`Search relay: ${signal} received, finishing the current batch…`);
  await sweeper.stop();
  await db.$disconnect();
  await searchEngine.stop();
  await database.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
