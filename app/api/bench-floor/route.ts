// The benchmark's floor (bench/README.md): the cheapest dynamic route handler of this server —
// same Next.js request path as GET /api/search, but no database and no search. Search latency
// and throughput are reported as ratios to this route, which stay comparable across machines.
// It reveals nothing and costs nothing, so it is safe to leave in production.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
