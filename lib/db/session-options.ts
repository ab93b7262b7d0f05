// Settings of every database session the app opens (lib/db/client.ts). The benchmark's EXPLAIN
// replays use them too, so that PostgreSQL plans a replayed search as it plans the app's.
//
// random_page_cost 1.1 (the default 4 is for spinning disks): the search table is read through
// its GIN indexes; with 4, PostgreSQL scanned it whole for broad queries instead, twice as slow
// on data in memory or on SSD (bench/README.md).
export const SESSION_OPTIONS = "-c random_page_cost=1.1";
