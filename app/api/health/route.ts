import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const DATABASE_TIMEOUT_MS = 2000;

/** Liveness and readiness: 200 when PostgreSQL answers, 503 (with a JSON body) when not. */
export async function GET() {
  const started = Date.now();
  let database: "ok" | "unreachable" = "ok";
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), DATABASE_TIMEOUT_MS)),
    ]);
  } catch {
    database = "unreachable";
  }
  const body = {
    status: database === "ok" ? "ok" : "error",
    database,
    databaseMs: Date.now() - started,
    version: process.env.npm_package_version ?? "0.1.0",
    time: new Date().toISOString(),
  };
  return Response.json(body, { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
