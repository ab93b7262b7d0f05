import "server-only";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { purgeCalls } from "./purge-calls";

const DAY_MS = 86_400_000;

/**
 * The retention job inside each app instance: a first pass a minute after start, then one a
 * day. Several instances purging at once is harmless (the same DELETE; the later finds none).
 */
export function startCallPurgeJob({ log = (line: string) => console.error(line) } = {}) {
  const run = async () => {
    try {
      const { deleted } = await purgeCalls(SYSTEM_ACTOR);
      if (deleted > 0) log(`[call log] ${deleted} call(s) past the retention period deleted.`);
    } catch (error) {
      log(`[call log] purge failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return { stop: () => (clearTimeout(first), clearInterval(daily)) };
}
