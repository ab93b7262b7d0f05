// `npm run dev` / `npm start`: prepare the database (embedded unless DATABASE_URL is set),
// seed the demo directory into an empty embedded database, prepare the search engine
// (embedded Meilisearch unless MEILI_URL or SEARCH_ENGINE=postgres says otherwise, indexed on
// its first start), then run Next.js pointing at both. A DATABASE_URL database is migrated
// but never seeded here.
import { spawn } from "node:child_process";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { indexMeilisearchIfIncomplete, prepareSearch } from "@/lib/search/prepare-search";

const mode = process.argv[2] === "start" ? "start" : "dev";
const db = await prepareDatabase();

if (db.embedded) {
  // Imported only here: the production image (DATABASE_URL only) ships no demo seed.
  const { isDirectoryEmpty, seedDemoDirectory } = await import("@/prisma/seed/seed-demo-directory");
  if (await isDirectoryEmpty(db.url)) {
    console.log("The embedded database is empty: seeding the demo directory (once)…");
    await seedDemoDirectory(db.url, { log: console.log });
  }
} else {
  console.log("Demo data is never seeded automatically into DATABASE_URL (run `npm run db:seed` to do it).");
}

const searchEngine = await prepareSearch();
Object.assign(process.env, searchEngine.env, { DATABASE_URL: db.url });
if (searchEngine.engine === "meilisearch")
  await indexMeilisearchIfIncomplete().catch((error) =>
    console.error(
      `Search: indexing Meilisearch failed (${error}); the relay and \`npm run search:reindex\` can retry.`,
    ),
  );

// `npm run dev` without SMTP_URL: mail goes to a catcher on loopback, read at /fr/dev/courriels.
const mailCatcher =
  mode === "dev" && !process.env.SMTP_URL
    ? await (await import("@/lib/email/mail-catcher")).startMailCatcher({ dir: ".data/mail" })
    : null;
if (mailCatcher) {
  Object.assign(process.env, { SMTP_URL: mailCatcher.url, MAIL_CATCHER_DIR: ".data/mail" });
  console.log("Email: caught locally (no SMTP_URL); read it at /fr/dev/courriels.");
}

const port = process.env.PORT ?? "3000";
const next = spawn("npx", ["next", mode, "--port", port], {
  stdio: "inherit",
  // Own process group: stopping it stops npx and the Next.js server it started together.
  detached: true,
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    // A local production start (`npm start` on the embedded database) reuses the generated
    // development secret; a deployment with DATABASE_URL must set AUTH_SECRET itself.
    ...(db.embedded && !process.env.AUTH_SECRET ? { AUTH_SECRET: resolveAuthSecret() } : {}),
    // The embedded demo database keeps its demo accounts password-only (one step to try it).
    ...(db.embedded && !process.env.STAFF_TWO_STEP_REQUIRED ? { STAFF_TWO_STEP_REQUIRED: "false" } : {}),
  },
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const exited = new Promise((resolve) => (next.exitCode !== null ? resolve(null) : next.once("exit", resolve)));
  try {
    process.kill(-next.pid!, "SIGTERM");
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await searchEngine.stop();
  await mailCatcher?.stop();
  await db.stop();
  process.exit(code);
}
next.on("exit", (code) => void shutdown(code ?? 0));
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
