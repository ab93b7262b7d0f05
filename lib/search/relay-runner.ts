import "server-only";
import { getSearchEngine } from "./engine";
import { drainOutbox } from "./outbox-relay";
import { logger } from "@/lib/observability/logger";

// One relay at a time per process: a wake-up during a run asks for one more run instead of
// starting a second one (100 concurrent edits → 2 runs, not 100 transactions competing for
// the connection pool). Other processes run their own relay; SKIP LOCKED keeps them apart.
type RunnerState = { running: Promise<number> | null; again: boolean; lastError: string | null };
const globalForRelay = globalThis as unknown as { searchRelay?: RunnerState };
const state: RunnerState = (globalForRelay.searchRelay ??= { running: null, again: false, lastError: null });

/** Delivers everything due; resolves once the rows due when it was called are delivered (or failed). */
export function runRelay(): Promise<number> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    let delivered = 0;
    do {
      state.again = false;
      delivered += await drainOutbox({ engine: await getSearchEngine() });
    } while (state.again);
    return delivered;
  })().finally(() => {
    state.running = null;
  });
  return state.running;
}

export type Sweeper = { stop(): Promise<void> };

/**
 * Catches up what no wake-up delivered (a crash between commit and delivery, a failure
 * waiting for its backoff, an engine outage). Errors are logged once until a run succeeds.
 */
export function startOutboxSweeper({
  intervalMs,
  log = (line: string) => logger.warn(line),
}: {
  intervalMs: number;
  log?: (line: string) => void;
}): Sweeper {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        await runRelay();
        if (state.lastError) log("[search relay] delivering again.");
        state.lastError = null;
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (state.lastError !== text) log(`[search relay] pass failed: ${text}`);
        state.lastError = text;
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, intervalMs);
        timer.unref?.();
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
