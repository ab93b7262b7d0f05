import "server-only";
import { db } from "@/lib/db/client";
import { getSearchEngine } from "./engine";
import type { SearchEngine } from "./types";

/** Pending rows older than this mean the relay is not keeping up (or not running). */
export const STALE_PENDING_SECONDS = 60;

export type SearchStatus = {
  engine: string;
  /** "degraded": searches are answered by the fallback, or the outbox is not being delivered. */
  status: "ok" | "degraded";
  pending: number;
  oldestPendingSeconds: number | null;
  /** The most recent delivery error of a row still pending. */
  lastError: string | null;
};

type WithHealth = SearchEngine & { status?: () => "ok" | "degraded"; probe?: () => Promise<void> };

export async function getSearchStatus(): Promise<SearchStatus> {
  const engine = (await getSearchEngine()) as WithHealth;
  const [[outbox], [failure]] = await Promise.all([
    db.$queryRaw<{ pending: number; oldest: number | null }[]>`
      SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
      FROM search_outbox WHERE processed_at IS NULL`,
    db.$queryRaw<{ last_error: string | null }[]>`
      SELECT last_error FROM search_outbox WHERE processed_at IS NULL AND last_error IS NOT NULL
      ORDER BY available_at DESC LIMIT 1`,
  ]);
  // An idle instance has not searched lately: ask the engine itself.
  await engine.probe?.().catch(() => {});
  const oldest = outbox.oldest === null ? null : Math.floor(outbox.oldest);
  const engineDegraded = engine.status?.() === "degraded";
  return {
    engine: engine.name,
    status: engineDegraded || (oldest !== null && oldest > STALE_PENDING_SECONDS) ? "degraded" : "ok",
    pending: outbox.pending,
    oldestPendingSeconds: oldest,
    lastError: failure?.last_error ?? null,
  };
}
