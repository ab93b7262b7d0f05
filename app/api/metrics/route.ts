import { timingSafeEqual } from "node:crypto";
import { db, poolUsage } from "@/lib/db/client";
import { metrics, registerScrapeGauges } from "@/lib/observability/metrics";
import { clientIp, parseTrustedProxies } from "@/lib/security/client-ip";

export const dynamic = "force-dynamic";

// Closed to the public: a scraper shows METRICS_TOKEN as a bearer token, or comes from an
// address in METRICS_ALLOW (comma-separated addresses or IPv4 ranges, e.g. the monitoring
// network). Anyone else gets the same 404 as for a page that does not exist.

function allowed(request: Request): boolean {
  const token = process.env.METRICS_TOKEN;
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (token && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token))) return true;
  const address = clientIp(request.headers, parseTrustedProxies(""));
  return !!address && parseTrustedProxies(process.env.METRICS_ALLOW).has(address);
}

registerScrapeGauges({
  outbox: async () => {
    const [row] = await db.$queryRaw<{ pending: number; oldest: number | null }[]>`
      SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
        FROM search_outbox WHERE processed_at IS NULL`;
    return { pending: row.pending, oldestSeconds: row.oldest };
  },
  pool: poolUsage,
});

export async function GET(request: Request) {
  if (!allowed(request)) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(await metrics.registry.metrics(), {
    headers: { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" },
  });
}
