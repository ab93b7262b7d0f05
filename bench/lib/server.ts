// Step 3: one production build, then `next start` against a bench database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { withoutDistIncludes } from "./tsconfig-includes";

export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";

export function freePort(preferred?: number): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(freePort()));
    server.listen(preferred ?? 0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `next build` into DIST_DIR, leaving tsconfig.json as it was (see tsconfig-includes.ts). */
export function buildApp(log: (line: string) => void): number {
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  const started = performance.now();
  const result = spawnSync("npx", ["next", "build"], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const cleaned = withoutDistIncludes(tsconfig, fs.readFileSync("tsconfig.json", "utf8"), DIST_DIR);
  if (cleaned !== null) fs.writeFileSync("tsconfig.json", cleaned);
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  const seconds = (performance.now() - started) / 1000;
  log(`Built in ${seconds.toFixed(0)} s (${DIST_DIR}).`);
  return seconds;
}

const RUN_AUTH_SECRET = randomBytes(33).toString("base64url");

export type RunningServer = { baseUrl: string; stop(): Promise<void> };

export async function startServer(databaseUrl: string, port: number, log: (line: string) => void) {
  // No --hostname: with `--hostname 127.0.0.1`, Next.js 16 sees next-intl's rewrite of a localized
  // path (/fr/recherche → /fr/search) as going to another origin ("localhost", as it normalizes
  // loopback addresses) and proxies it back to itself, which answers 307 to the same URL forever.
  const child: ChildProcess = spawn("npx", ["next", "start", "--port", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // The load comes from this machine: the public rate limit would measure itself.
      RATE_LIMIT_EXEMPT_LOOPBACK: "true",
      // A production server refuses to sign anyone in without a strong secret (the agents'
      // console step signs in): one per run, as a deployment would configure.
      AUTH_SECRET: process.env.AUTH_SECRET ?? RUN_AUTH_SECRET,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so stop() ends npx and the Next server it started together.
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  try {
    await waitUntilReady(`${baseUrl}/api/bench-floor`, 60_000, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  log(`next start ready at ${baseUrl}.`);
  return { baseUrl, stop } satisfies RunningServer;
}

async function waitUntilReady(url: string, timeoutMs: number, exited: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("next start exited before it was ready");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start was not ready at ${url} within ${timeoutMs / 1000} s`);
}
