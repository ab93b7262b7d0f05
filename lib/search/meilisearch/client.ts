import "server-only";
import { Meilisearch, MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type Task } from "meilisearch";
import { meiliHttpClient } from "./http-client";

export type MeiliConfig = { url: string; apiKey?: string; indexUid: string };

/** From the environment: MEILI_URL, MEILI_MASTER_KEY (or a narrower MEILI_API_KEY), MEILI_INDEX. */
export function meiliConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MeiliConfig | null {
  if (!env.MEILI_URL) return null;
  return {
    url: env.MEILI_URL,
    apiKey: env.MEILI_API_KEY || env.MEILI_MASTER_KEY || undefined,
    indexUid: env.MEILI_INDEX || "services",
  };
}

/** Requests time out quickly: a public search falls back to PostgreSQL rather than wait. */
export function createMeiliClient(config: MeiliConfig, requestTimeoutMs = 5000): Meilisearch {
  return new Meilisearch({
    host: config.url,
    apiKey: config.apiKey,
    timeout: requestTimeoutMs,
    // Not fetch: ~40 ms of TCP delay per call (lib/search/meilisearch/http-client.ts).
    httpClient: meiliHttpClient,
  });
}

export class MeiliTaskFailed extends Error {
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}) ended "${task.status}"` +
        (task.error ? `: ${task.error.code}: ${task.error.message}` : ""),
    );
    this.name = "MeiliTaskFailed";
  }
}

/**
 * Waits for an enqueued task and returns only if it succeeded. An accepted request only
 * means "enqueued": treating it as done would mark outbox rows processed for changes that
 * Meilisearch may still reject. Throws MeiliTaskFailed (failed/canceled) or the client's
 * MeilisearchTaskTimeOutError.
 */
export async function succeeded(task: EnqueuedTaskPromise, timeoutMs = 30_000, intervalMs = 25): Promise<Task> {
  const { taskUid } = await task;
  // The wait is bounded here, not by the library: its own timeout shares one AbortSignal across
  // every poll and leaves a listener on it per poll (MaxListenersExceededWarning once a task
  // takes more than ten polls). A poll loop that outlives the timeout ends with its task, or at
  // its first failed request.
  const waiting = task.waitTask({ timeout: 0, interval: intervalMs });
  waiting.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MeilisearchTaskTimeOutError(taskUid, timeoutMs)), timeoutMs);
  });
  const done = await Promise.race([waiting, timeout]).finally(() => clearTimeout(timer));
  if (done.status !== "succeeded") throw new MeiliTaskFailed(done);
  return done;
}
