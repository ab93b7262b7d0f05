// Settings of every database session the app opens (lib/db/client.ts), sent at connection
// time. The benchmark's EXPLAIN replays use them too, so that PostgreSQL plans a replayed
// search as it plans the app's.
//
// random_page_cost 1.1 (the default 4 is for spinning disks): the search table is read through
// its GIN indexes; with 4, PostgreSQL scanned it whole for broad queries instead, twice as slow
// on data in memory or on SSD (bench/README.md).
//
// statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS, default 10 s), in the app server only: no
// request can hold a connection with a runaway statement, whatever it asked for. Scripts
// (seed, reindex, import, backups) run long statements on purpose and are not limited.
//
// Poolers such as PgBouncer refuse startup options: there, set DATABASE_SESSION_OPTIONS to ""
// and the settings on the database role itself (docs/deployment.md).
export function sessionOptions(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.DATABASE_SESSION_OPTIONS !== undefined) return env.DATABASE_SESSION_OPTIONS || undefined;
  const options = ["-c random_page_cost=1.1"];
  if (env.NEXT_RUNTIME) {
    const timeoutMs = Number(env.DATABASE_STATEMENT_TIMEOUT_MS ?? 10_000);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 0)
      throw new Error(`DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds (0 = none).`);
    options.push(`-c statement_timeout=${timeoutMs}`);
  }
  return options.join(" ");
}

export const SESSION_OPTIONS: string | undefined = sessionOptions();
