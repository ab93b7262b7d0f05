import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";

process.env.METRICS_TOKEN = "metrics-token-for-tests-0123456789";
process.env.METRICS_ALLOW = "10.20.0.0/16";
const { GET } = await import("@/app/api/metrics/route");
const { GET: searchGET } = await import("@/app/api/search/route");
const { verifyCredentials } = await import("@/lib/auth/verify-credentials");

const scrape = (headers: Record<string, string>) => GET(new Request("http://localhost/api/metrics", { headers }));

describe("GET /api/metrics", () => {
  it("is a 404 for the public, whatever they send", async () => {
    expect((await scrape({})).status).toBe(404);
    expect((await scrape({ authorization: "Bearer wrong" })).status).toBe(404);
    expect((await scrape({ [PEER_ADDRESS_HEADER]: "203.0.113.5" })).status).toBe(404);
    // A forwarding header does not open it: only the connection's own address counts.
    expect((await scrape({ [PEER_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "10.20.1.1" })).status).toBe(404);
  });

  it("serves Prometheus text to the token or an allowed address, with the operator's figures", async () => {
    await searchGET(new Request("http://localhost/api/search?q=aide"));
    await verifyCredentials({ email: "nobody@example.org", password: "wrong-password-1", ip: "10.0.0.9" });
    const response = await scrape({ authorization: `Bearer ${process.env.METRICS_TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/search_duration_seconds_count\{engine="\w+",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/sign_in_attempts_total\{outcome="failure"\} [1-9]/);
    expect(text).toMatch(/search_outbox_pending \d+/);
    expect(text).toMatch(/search_outbox_oldest_seconds \d+/);
    expect(text).toMatch(/db_pool_connections\{state="total"\} \d+/);
    expect(text).toContain("process_resident_memory_bytes");
    expect((await scrape({ [PEER_ADDRESS_HEADER]: "10.20.3.4" })).status).toBe(200);
  });
});
