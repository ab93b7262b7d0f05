import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { metrics } from "./metrics";
import { installServerHooks } from "./server-hooks";

async function withServer(work: (url: string) => Promise<void>) {
  const server = http.createServer((request, response) =>
    response.end(JSON.stringify({ peer: request.headers[PEER_ADDRESS_HEADER], id: request.headers["x-request-id"] })),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

describe("installServerHooks", () => {
  installServerHooks();
  installServerHooks(); // idempotent

  it("replaces a client's own peer header with the socket's address", async () => {
    await withServer(async (url) => {
      const answer = await fetch(`${url}/`, { headers: { [PEER_ADDRESS_HEADER]: "198.51.100.1" } });
      expect((await answer.json()).peer).toBe("127.0.0.1");
    });
  });

  it("gives every request an id, echoed on the response, and keeps a well-formed incoming one", async () => {
    await withServer(async (url) => {
      const fresh = await fetch(`${url}/fr/recherche?q=secret`);
      const body = await fresh.json();
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(fresh.headers.get("x-request-id")).toBe(body.id);
      const kept = await fetch(`${url}/`, { headers: { "x-request-id": "proxy-abc-123" } });
      expect((await kept.json()).id).toBe("proxy-abc-123");
      const forged = await fetch(`${url}/`, { headers: { "x-request-id": "<script>" } });
      expect((await forged.json()).id).not.toBe("<script>");
    });
  });

  it("times requests by route template, never by URL", async () => {
    await withServer(async (url) => {
      await fetch(`${url}/fr/recherche?q=banque`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const text = await metrics.registry.metrics();
      expect(text).toMatch(
        /http_request_duration_seconds_count\{route="\/\[locale\]\/search",method="GET",status="2xx"\} \d+/,
      );
      expect(text).not.toContain("banque");
    });
  });
});
