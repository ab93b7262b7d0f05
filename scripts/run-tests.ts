// `npm test`: the whole suite, setting up everything it needs itself.
//   1. unit tests (Vitest)
//   2. integration tests against a real PostgreSQL (embedded test cluster, one
//      migrated template per run, one clone per test file)
//   3. end-to-end tests: production build, `next start` on a seeded clone, Playwright
//      driving Debian's Chromium in both languages, with axe.
//   4. fault tests: the production server with its own PostgreSQL, stopped and restarted.
// Fails at once, with the install command, when Chromium is missing: e2e never skips.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { spawn, spawnSync } from "node:child_process";
import { cloneDatabase, createTemplateDatabase, dropDatabase } from "@/lib/db/test-cluster";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";
import { CHROMIUM_PATH } from "@/tests/e2e/chromium";

// No usage reporting from the build: the project promises no tracking, tests included.
process.env.NEXT_TELEMETRY_DISABLED = "1";

function step(title: string) {
  console.log(`\n=== ${title} ===`);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

if (!fs.existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${CHROMIUM_PATH}; the end-to-end tests need it.\n` +
      `Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}

const only = process.argv.slice(2).find((arg) => ["unit", "integration", "e2e", "faults"].includes(arg));
// `npm test -- e2e tests/e2e/auth.spec.ts` runs one spec (anything after the layer goes to Playwright).
const playwrightArgs = only === "e2e" ? process.argv.slice(process.argv.indexOf("e2e") + 1) : [];
const template = await createTemplateDatabase();
const cleanups: (() => Promise<void>)[] = [];
let failed = false;
try {
  const env = { TEST_ADMIN_URL: template.adminUrl, TEST_TEMPLATE_DATABASE: template.template };
  if (!only || only === "unit") {
    step("Unit tests");
    run("npx", ["vitest", "run", "--project", "unit"], env);
  }
  if (!only || only === "integration") {
    step("Integration tests (PostgreSQL)");
    run("npx", ["vitest", "run", "--project", "integration"], env);
  }
  if (!only || only === "e2e" || only === "faults") {
    step("Production build");
    if (!process.env.SKIP_BUILD) run("npx", ["next", "build"]);
  }
  if (!only || only === "e2e") {
    step("End-to-end tests (Chromium)");
    const e2eDb = await cloneDatabase(template.adminUrl, template.template, "e2e");
    cleanups.push(() => dropDatabase(template.adminUrl, e2eDb.name));
    await seedDemoDirectory(e2eDb.url, { services: 600, log: () => {} });
    const port = await freePort();
    const server = spawn("npx", ["next", "start", "--port", String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: e2eDb.url,
        AUTH_SECRET: randomBytes(33).toString("base64url"),
        // As behind the documented reverse proxy: tests give each simulated client its own
        // X-Forwarded-For address, so per-client limits of one test never stop another.
        TRUSTED_PROXIES: "127.0.0.1,::1",
        // The browser's own requests come from loopback all suite long; the rate-limit test
        // sends its requests as other clients.
        RATE_LIMIT_EXEMPT_LOOPBACK: "true",
        // A slow refill, so that a refused client stays refused while the test looks.
        PUBLIC_RATE_LIMIT: "60/600",
        // Demo accounts sign in with their password alone (tests/e2e/account.spec.ts turns
        // two-step verification on for an account of its own).
        STAFF_TWO_STEP_REQUIRED: "false",
        // One access-log line per request would bury the test report.
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    });
    cleanups.unshift(async () => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    });
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 60_000);
    run("npx", ["playwright", "test", ...playwrightArgs], {
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_DATABASE_URL: e2eDb.url,
    });
  }
  if (!only || only === "faults") {
    step("Fault tests (real processes: PostgreSQL stopped under the app)");
    run("npx", ["vitest", "run", "--project", "faults"]);
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  await dropDatabase(template.adminUrl, template.template).catch(() => {});
  await template.stop();
}
process.exit(failed ? 1 : 0);
