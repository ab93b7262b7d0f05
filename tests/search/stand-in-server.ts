import http from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in HTTP server on loopback for unit tests of an HTTP client (not Meilisearch: the real
// one runs in the integration tests). The handler gets the request with its whole body read.
export async function startStandInServer(
  handle: (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void,
): Promise<{ url: string; stop(): void }> {
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => handle(request, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop() {
      server.closeAllConnections();
      server.close();
    },
  };
}
