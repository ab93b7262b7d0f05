import pg from "pg";
import { describe, expect, it } from "vitest";
import { sessionOptions } from "./session-options";

// The app server's sessions cut off a runaway statement instead of holding a connection.
describe("statement timeout of the app's sessions", () => {
  it("cancels a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const options = sessionOptions({ NEXT_RUNTIME: "nodejs", DATABASE_STATEMENT_TIMEOUT_MS: "200" });
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options });
    await client.connect();
    try {
      expect((await client.query("SHOW statement_timeout")).rows[0].statement_timeout).toBe("200ms");
      await expect(client.query("SELECT pg_sleep(2)")).rejects.toMatchObject({ code: "57014" });
      expect((await client.query("SELECT 1 AS ok")).rows[0].ok).toBe(1);
    } finally {
      await client.end();
    }
  });
});
