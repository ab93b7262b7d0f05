import http from "node:http";

/**
 * Route handlers cannot see the TCP peer of a request (Next.js exposes no socket, and the
 * X-Forwarded-For it fills in is kept when a client sends its own). This hook, installed
 * once per server process from instrumentation.ts, writes the socket's address into a
 * private header on every incoming request, replacing whatever a client put there, so that
 * client-ip.ts can tell a trusted proxy from anyone else.
 */
export const PEER_ADDRESS_HEADER = "x-r211-peer-address";

const INSTALLED = Symbol.for("r211.peerAddressHook");

export function installPeerAddressHook() {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
