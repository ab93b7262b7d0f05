// `npm test`: the whole suite, setting up everything it needs itself.
//   1. unit tests (Vitest)
//   2. integration tests against a real PostgreSQL (embedded test cluster, one
//      migrated template per run, one clone per test file) and a real Meilisearch (an
//      embedded test server for this run unless TEST_MEILI_URL is set; one index per file)
//   3. end-to-end tests: production build, `next start` on a seeded clone answering from
//      Meilisearch (the default engine), Playwright driving Chromium (the system's, else the
//      one inside @sparticuz/chromium) in both languages, with axe.
//   4. fault tests: the production server with its own PostgreSQL, stopped and restarted.
// Fails at once, saying why, when no browser or no Meilisearch can run: nothing skips.
import { randomBytes } from "node:crypto";
import { freePort } from "@/bench/lib/server";
import { spawn, spawnSync } from "node:child_process";
import { cloneDatabase, createTemplateDatabase, dropDatabase } from "@/lib/db/test-cluster";
import { seedDemoDirectory } from "@/prisma/seed/seed-demo-directory";
import { prepareChromium } from "@/tests/e2e/chromium";
import { startTestMeilisearch } from "@/tests/setup/test-meilisearch";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// No usage reporting from the build: the project promises no tracking, tests included.
process.env.NEXT_TELEMETRY_DISABLED = "1";

function step(title: string) {
  console.log(`\n=== ${title} ===`);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
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

async function expectSearchFrom(healthUrl: string, engine: string) {
  await waitForHealth(healthUrl, 30_000);
  const response = await fetch(healthUrl, { headers: { connection: "close" } });
  const { search } = (await response.json()) as { search: { engine: string; status: string } };
  if (search?.engine !== engine || search.status !== "ok")
    throw new Error(`Search should answer from ${engine}, health says ${JSON.stringify(search)}`);
}

/** `next start` on a free port with this process's environment; stopped by the clean-ups. */
async function startApp(authSecret: string) {
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "--port", String(port)], {
    env: { ...process.env, AUTH_SECRET: authSecret },
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
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/api/health`, 60_000);
  return { url, health: `${url}/api/health` };
}

/** The e2e app's SMTP server, in a process of its own (this one blocks while Playwright runs). */
async function startMailCatcherProcess(dir: string): Promise<string> {
  const catcher = spawn("npx", ["tsx", "scripts/mail-catcher.ts", dir], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  cleanups.unshift(async () => {
    try {
      process.kill(-catcher.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  });
  return new Promise((resolve, reject) => {
    catcher.stdout.once("data", (line: Buffer) => resolve(line.toString().trim()));
    catcher.once("exit", (code) => reject(new Error(`The mail catcher stopped (exit ${code})`)));
  });
}

const only = process.argv.slice(2).find((arg) => ["unit", "integration", "e2e", "faults"].includes(arg));
// `npm test -- e2e tests/e2e/auth.spec.ts` runs one spec (anything after the layer goes to Playwright).
const playwrightArgs = only === "e2e" ? process.argv.slice(process.argv.indexOf("e2e") + 1) : [];
if ((!only || only === "e2e") && !(await prepareChromium())) {
  console.error("The end-to-end tests need a browser: stopping.");
  process.exit(1);
}

/** The run's Meilisearch: TEST_MEILI_URL, else an embedded one started (and deleted) here. */
async function testMeilisearch() {
  if (process.env.TEST_MEILI_URL) {
    console.log(`Meilisearch: ${process.env.TEST_MEILI_URL} (TEST_MEILI_URL).`);
    return {
      url: process.env.TEST_MEILI_URL,
      masterKey: process.env.TEST_MEILI_MASTER_KEY ?? "",
      stop: async () => {},
    };
  }
  try {
    const meili = await startTestMeilisearch();
    console.log(`Meilisearch: embedded test server on ${meili.url} (stopped and deleted at the end).`);
    return meili;
  } catch (error) {
    console.error(
      `The Meilisearch tests need a Meilisearch 1.21 and the embedded one cannot run here (${(error as Error).message}).\n` +
        `Start one and set TEST_MEILI_URL (and TEST_MEILI_MASTER_KEY).`,
    );
    process.exit(1);
  }
}

const meili = only === "unit" ? null : await testMeilisearch();
const template = await createTemplateDatabase();
const cleanups: (() => Promise<void>)[] = [];
if (meili) cleanups.push(meili.stop);
let failed = false;
try {
  const env = {
    TEST_ADMIN_URL: template.adminUrl,
    TEST_TEMPLATE_DATABASE: template.template,
    ...(meili ? { TEST_MEILI_URL: meili.url, TEST_MEILI_MASTER_KEY: meili.masterKey } : {}),
  };
  if (!only || only === "unit") {
    step("Unit tests");
    run("npx", ["vitest", "run", "--project", "unit"], env);
  }
  if (!only || only === "integration") {
    step("Integration tests (PostgreSQL, Meilisearch)");
    run("npx", ["vitest", "run", "--project", "integration"], env);
  }
  if (!only || only === "e2e" || only === "faults") {
    step("Production build");
    if (!process.env.SKIP_BUILD) run("npx", ["next", "build"]);
  }
  if (!only || only === "e2e") {
    step("End-to-end tests (Chromium, Meilisearch)");
    const e2eDb = await cloneDatabase(template.adminUrl, template.template, "e2e");
    cleanups.push(() => dropDatabase(template.adminUrl, e2eDb.name));
    await seedDemoDirectory(e2eDb.url, { services: 600, log: () => {} });
    // The default engine, as `npm start` runs it: Meilisearch, indexed from the seeded clone.
    const search = {
      SEARCH_ENGINE: "meilisearch",
      MEILI_URL: meili!.url,
      MEILI_MASTER_KEY: meili!.masterKey,
      MEILI_INDEX: `e2e_${randomBytes(4).toString("hex")}`,
    };
    Object.assign(
      process.env,
      search,
      { DATABASE_URL: e2eDb.url },
      {
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
    );
    // The app's mail goes to a real SMTP server on loopback; specs read what it caught.
    const mailDir = await mkdtemp(path.join(tmpdir(), "r211-mail-"));
    Object.assign(process.env, { SMTP_URL: await startMailCatcherProcess(mailDir), MAIL_CATCHER_DIR: mailDir });
    const { reindexMeilisearch } = await import("@/lib/search/meilisearch/reindex-meilisearch");
    await reindexMeilisearch();
    // Two instances on one PostgreSQL and one Meilisearch, as behind a load balancer (the
    // same AUTH_SECRET): the suite runs on the first, two-instances.spec.ts edits on the
    // first and searches on the second.
    const secret = randomBytes(33).toString("base64url");
    const [first, second] = [await startApp(secret), await startApp(secret)];
    for (const app of [first, second]) await expectSearchFrom(app.health, "meilisearch");
    run("npx", ["playwright", "test", ...playwrightArgs], {
      E2E_BASE_URL: first.url,
      E2E_SECOND_BASE_URL: second.url,
      E2E_ENGINE: "meilisearch",
      E2E_DATABASE_URL: e2eDb.url,
    });
    // Meilisearch answered throughout: a fallback to PostgreSQL would show as "degraded".
    for (const app of [first, second]) await expectSearchFrom(app.health, "meilisearch");

    if (playwrightArgs.length === 0) {
      step("Two instances on the PostgreSQL engine");
      process.env.SEARCH_ENGINE = "postgres";
      const [third, fourth] = [await startApp(secret), await startApp(secret)];
      for (const app of [third, fourth]) await expectSearchFrom(app.health, "postgres");
      run("npx", ["playwright", "test", "tests/e2e/two-instances.spec.ts"], {
        E2E_BASE_URL: third.url,
        E2E_SECOND_BASE_URL: fourth.url,
        E2E_ENGINE: "postgres",
        E2E_DATABASE_URL: e2eDb.url,
      });
    }
  }
  if (!only || only === "faults") {
    step("Fault tests (real processes: PostgreSQL stopped under the app)");
    run("npx", ["vitest", "run", "--project", "faults"]);
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : error);
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  await dropDatabase(template.adminUrl, template.template).catch(() => {});
  await template.stop();
}
process.exit(failed ? 1 : 0);
