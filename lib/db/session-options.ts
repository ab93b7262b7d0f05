// Settings of every database session the app opens (lib/db/client.ts), sent at connection
// time. The benchmark's EXPLAIN replays use them too, so that PostgreSQL plans a replayed
// search as it plans the app's.
//
// random_page_cost 1.1 (the default 4 is for spinning disks): the search table is read through
// its GIN indexes; with 4, PostgreSQL scanned it whole for broad queries instead, twice as slow
// on data in memory or on SSD (bench/README.md). Poolers such as PgBouncer refuse startup
// options: there, set DATABASE_SESSION_OPTIONS to "" and the setting on the database itself
// (docs/deployment.md).
const DEFAULT_OPTIONS = "-c random_page_cost=1.1";

export const SESSION_OPTIONS: string | undefined =
  (process.env.DATABASE_SESSION_OPTIONS ?? DEFAULT_OPTIONS) || undefined;
