import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// One client per process; kept on globalThis so dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.");
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // The search table is read through its GIN indexes; with the default cost of a random
      // page (4, for spinning disks) PostgreSQL scanned it whole for broad queries instead,
      // twice as slow on cached data (bench/README.md). 1.1 is the usual value for SSDs.
      options: "-c random_page_cost=1.1",
    }),
  });
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
