import pg from "pg";

/**
 * The app's connection pool, with one repair. When PostgreSQL kills a connection in the middle
 * of a transaction (a restart, a failover, pg_terminate_backend), Prisma's pg adapter never
 * gives that client back to the pool, so every such incident leaks a slot until the pool is
 * exhausted and the app hangs (tested: lib/db/pool.int.test.ts). Here a checked-out client
 * whose connection ends is released with an error (the pool then drops it), and a later
 * release of the same checkout is ignored.
 */
export function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const checkedOut = new Set<pg.PoolClient>();

  pool.on("acquire", (client) => {
    checkedOut.add(client);
    // pg-pool sets client.release right after this event; make that release idempotent.
    queueMicrotask(() => {
      const release = client.release;
      let released = false;
      client.release = ((error?: Error | boolean) => {
        if (released) return;
        released = true;
        checkedOut.delete(client);
        release(error);
      }) as typeof client.release;
    });
  });
  pool.on("connect", (client) => {
    const giveBack = () => {
      if (checkedOut.has(client as pg.PoolClient)) (client as pg.PoolClient).release(new Error("connection ended"));
    };
    client.on("end", giveBack);
    // Without a listener, an error on an idle or broken client would crash the process.
    client.on("error", giveBack);
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool has already dropped it.
  });
  return pool;
}
