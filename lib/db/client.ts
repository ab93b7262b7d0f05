import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";
import { SESSION_OPTIONS } from "./session-options";

// One client per process; kept on globalThis so dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { db?: PrismaClient; dbPool?: import("pg").Pool };

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.");
  const pool = createPool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    options: SESSION_OPTIONS,
    // An unreachable server fails fast (a 503 page) instead of holding every request.
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 2000),
  });
  globalForDb.dbPool = pool;
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

function client(): PrismaClient {
  return (globalForDb.db ??= createClient());
}

// Created on first use, so that importing a module (as `next build` does) needs no database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Connections of this process's pool (for metrics), or null before the first query. */
export function poolUsage() {
  const pool = globalForDb.dbPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}
