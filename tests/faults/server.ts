import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { freePort } from "@/bench/lib/server";

// A production server (`next start` on the build `npm test` made) on a port of its own,
// for tests that break what it depends on while it serves.

export async function startAppServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn("npx", ["next", "start", "--port", String(port)], {
    env: {
      ...process.env,
      AUTH_SECRET: randomBytes(33).toString("base64url"),
      NODE_ENV: "production",
      STAFF_TWO_STEP_REQUIRED: "false",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-20_000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    /** What the server wrote to stderr (error logs), for checks that no stack trace leaked. */
    errors: () => errors,
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

export { freePort };
