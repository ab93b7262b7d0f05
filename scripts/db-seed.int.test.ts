import { spawnSync } from "node:child_process";
import pg from "pg";
import { describe, expect, it } from "vitest";

const seed = (...args: string[]) =>
  spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
  });

async function count(table: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe("npm run db:seed on a DATABASE_URL database", () => {
  it("refuses demo accounts and --reset without --force-demo, and writes nothing", async () => {
    const users = await count("app_user");
    const plain = seed();
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/--force-demo/);
    const reset = seed("--reset");
    expect(reset.status).toBe(1);
    expect(reset.stderr).toMatch(/--reset would empty the directory/);
    expect(await count("app_user")).toBe(users);
  }, 60_000);
});
