// Points this process's Prisma client (lib/db/client.ts, created on first use from
// DATABASE_URL) at one bench database; switching sizes drops the old client.
import "server-only";

const holder = globalThis as unknown as { db?: { $disconnect(): Promise<void> } };

export async function pointAppAtDatabase(url: string) {
  if (process.env.DATABASE_URL === url && holder.db) return;
  await holder.db?.$disconnect();
  delete holder.db;
  process.env.DATABASE_URL = url;
}

export async function releaseDatabase() {
  await holder.db?.$disconnect();
  delete holder.db;
}
