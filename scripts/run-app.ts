// `npm run dev` / `npm start`: prepare the database (embedded unless DATABASE_URL is set),
// seed the demo directory into an empty embedded database, then run Next.js with
// DATABASE_URL pointing at it. A DATABASE_URL database is migrated but never seeded here.
import { spawn } from "node:child_process";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";

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

const port = process.env.PORT ?? "3000";
const next = spawn("npx", ["next", mode, "--port", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.url,
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
  next.kill("SIGTERM");
  await db.stop();
  process.exit(code);
}
next.on("exit", (code) => void shutdown(code ?? 0));
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
