import { db } from "@/lib/db/client";
import { getSearchStatus, type SearchStatus } from "@/lib/search/status";

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
  const databaseMs = Date.now() - started;
  // Search problems never fail the health check: the site still answers (from PostgreSQL).
  let search: Omit<SearchStatus, "lastError"> | { status: "degraded"; error: string } | null = null;
  if (database === "ok") {
    try {
      // lastError stays on the staff dashboard: error texts may name internal hosts.
      const { engine, status, pending, oldestPendingSeconds } = await getSearchStatus();
      search = { engine, status, pending, oldestPendingSeconds };
    } catch {
      search = { status: "degraded", error: "status unavailable" };
    }
  }
  const body = {
    status: database === "ok" ? "ok" : "error",
    database,
    databaseMs,
    search,
    version: process.env.npm_package_version ?? "0.1.0",
    time: new Date().toISOString(),
  };
  const headers = { "Cache-Control": "no-store", ...(database === "ok" ? {} : { "Retry-After": "5" }) };
  return Response.json(body, { status: database === "ok" ? 200 : 503, headers });
}
