// `npm run search:reindex`: rebuilds the search index from PostgreSQL. With
// SEARCH_ENGINE=meilisearch it fills a new Meilisearch index and swaps it in atomically,
// so search keeps answering (from the complete old index) until the swap.
import { prepareDatabase } from "@/lib/db/prepare-database";

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
const { prepareSearch } = await import("@/lib/search/prepare-search");
const searchEngine = await prepareSearch();
Object.assign(process.env, searchEngine.env);
const { reindexEverything, ReindexAlreadyRunning } = await import("@/lib/search/full-reindex");
const { drainOutbox } = await import("@/lib/search/outbox-relay");
const { getSearchEngine } = await import("@/lib/search/engine");
const { db } = await import("@/lib/db/client");

const tty = process.stdout.isTTY;
const number = (n: number) => n.toLocaleString("en-US");
let lastLine = "";
let lastPercent = -10;

function bar(fraction: number, width = 30) {
  const filled = Math.round(fraction * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}

const started = performance.now();
try {
  const result = await reindexEverything((p) => {
    if (p.phase === "done" || p.phase === "failed") return;
    const fraction = p.total > 0 ? Math.min(1, p.indexed / p.total) : 0;
    const percent = Math.floor(fraction * 100);
    if (tty) {
      const line = `${bar(fraction)} ${String(percent).padStart(3)}%  ${number(p.indexed)} / ${number(p.total)}  ${p.phase}`;
      if (line !== lastLine) process.stdout.write(`\r${line}`);
      lastLine = line;
    } else if (percent >= lastPercent + 10 || p.phase === "replay") {
      lastPercent = percent;
      console.log(`${p.phase}: ${number(p.indexed)} / ${number(p.total)} (${percent}%)`);
    }
  });
  if (tty) process.stdout.write("\n");
  // Edits made during the rebuild were made pending again: deliver them now.
  const replayed = await drainOutbox({ engine: await getSearchEngine() });
  console.log(
    `Search index rebuilt: ${number(result.indexed)} services in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (replayed > 0 ? `, ${number(replayed)} edit(s) made meanwhile redelivered.` : "."),
  );
} catch (error) {
  if (tty) process.stdout.write("\n");
  console.error(error instanceof ReindexAlreadyRunning ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await searchEngine.stop();
  await database.stop();
}
