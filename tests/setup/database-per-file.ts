// Each integration test file gets its own clone of the migrated template, so files run
// in parallel without seeing each other's rows. DATABASE_URL is set before the test
// file's imports run; the app's client connects lazily on first use.
import { afterAll, inject } from "vitest";
import { cloneDatabase, dropDatabase } from "@/lib/db/test-cluster";

const adminUrl = inject("adminUrl");
const database = await cloneDatabase(adminUrl, inject("templateDatabase"));
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await dropDatabase(adminUrl, database.name);
});
