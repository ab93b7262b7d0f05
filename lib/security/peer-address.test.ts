import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { installPeerAddressHook, PEER_ADDRESS_HEADER } from "./peer-address";

describe("installPeerAddressHook", () => {
  it("replaces a client's own value with the socket's address", async () => {
    installPeerAddressHook();
    installPeerAddressHook(); // idempotent
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "198.51.100.1" } });
      expect(await answer.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
