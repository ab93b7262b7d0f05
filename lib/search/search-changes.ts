import "server-only";
import pg from "pg";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/observability/logger";

// The search generation: a number every instance bumps when search documents change anywhere,
// so that each instance's result cache (lib/search/result-cache.ts) forgets what it kept.
// The relay and the reindex announce a change with PostgreSQL NOTIFY; every instance LISTENs on
// a connection of its own. While that connection is down, the generation is unknown (null) and
// nothing is cached: a change announced meanwhile cannot be missed.

const CHANNEL = "search_changed";
const RECONNECT_MS = 1_000;

type State = { generation: number; listening: boolean; connecting: boolean; warned: boolean };
const globalForChanges = globalThis as unknown as { searchChanges?: State };
const state: State = (globalForChanges.searchChanges ??= {
  generation: 0,
  listening: false,
  connecting: false,
  warned: false,
});

/** This instance's generation, or null while it cannot hear other instances' announcements. */
export function searchGeneration(): number | null {
  if (!state.listening) void listen();
  return state.listening ? state.generation : null;
}

/**
 * Search documents changed (call once the engine has them): every instance drops its cached
 * results. Sent on `client` when given (a script's own connection), else on the app's pool.
 */
export async function announceSearchChange(client?: pg.Client): Promise<void> {
  state.generation++;
  if (client) await client.query("SELECT pg_notify($1, '')", [CHANNEL]);
  else await db.$executeRaw`SELECT pg_notify(${CHANNEL}, '')`;
}

async function listen() {
  const url = process.env.DATABASE_URL;
  if (state.connecting || !url) return;
  state.connecting = true;
  const client = new pg.Client({ connectionString: url });
  const retryLater = () => {
    void client.end().catch(() => {});
    setTimeout(() => void listen(), RECONNECT_MS).unref();
  };
  const lost = (error?: Error) => {
    if (!state.listening) return;
    state.listening = false;
    logger.warn(
      `[search] stopped hearing search changes (${error?.message ?? "connection ended"}); results are not cached until it reconnects.`,
    );
    retryLater();
  };
  try {
    client.on("notification", () => state.generation++);
    client.on("error", lost);
    client.on("end", () => lost());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // Listening alone must not keep a script or a test worker alive.
    (client as unknown as { connection?: { stream?: { unref?(): void } } }).connection?.stream?.unref?.();
    // Whatever was cached before this connection may have missed announcements.
    state.generation++;
    state.listening = true;
    state.warned = false;
  } catch (error) {
    if (!state.warned)
      logger.warn(`[search] cannot listen for search changes (${(error as Error).message}); results are not cached.`);
    state.warned = true;
    retryLater();
  } finally {
    state.connecting = false;
  }
}
