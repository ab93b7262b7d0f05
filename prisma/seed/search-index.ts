// The single call site that builds the search index after seeding. The search domain owns
// the index (lib/search); the seed only asks for a full rebuild once the rows are committed.
import { reindexAll } from "@/lib/search/reindex";

export async function buildSearchIndex(url: string, log: (line: string) => void) {
  const started = performance.now();
  let reported = 0;
  await reindexAll(url, ({ indexed, total }) => {
    // Progress only matters for large directories; a line per 50,000 services is enough.
    if (indexed - reported >= 50_000 || (indexed === total && reported > 0)) {
      reported = indexed;
      log(`  … search index: ${indexed.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} services`);
    }
  });
  log(`Search index built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
