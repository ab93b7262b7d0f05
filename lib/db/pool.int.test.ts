import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// A small pool, so that leaking one client per killed transaction would exhaust it quickly.
process.env.DATABASE_POOL_SIZE = "2";
const { db } = await import("./client");
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
await admin.connect();
afterAll(() => admin.end());

/** Starts a transaction that sleeps in PostgreSQL, then kills its connection from outside. */
async function killedTransaction() {
  const outcome = db
    .$transaction(async (tx) => tx.$executeRawUnsafe("SELECT pg_sleep(30)"), { timeout: 60_000 })
    .then(
      () => "committed",
      () => "failed",
    );
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()`,
    );
    if (rows.length) break;
  }
  return outcome;
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), ms))]);

describe("the app's connection pool after connections die mid-transaction", () => {
  it("gives the slots back: queries and transactions still run after more kills than slots", async () => {
    for (let round = 0; round < 4; round++) expect(await killedTransaction()).toBe("failed");
    expect(await within(db.$queryRawUnsafe<{ ok: number }[]>("SELECT 1 AS ok"), 5_000)).toEqual([{ ok: 1 }]);
    const inTransaction = db.$transaction(async (tx) => tx.$queryRawUnsafe<{ ok: number }[]>("SELECT 2 AS ok"));
    expect(await within(inTransaction, 5_000)).toEqual([{ ok: 2 }]);
  }, 60_000);
});
