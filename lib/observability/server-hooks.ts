import { randomUUID } from "node:crypto";
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { routeLabel } from "./route-label";

/**
 * What every request needs before Next.js sees it, installed once per server process from
 * instrumentation.ts by wrapping http.Server's "request" event (Next.js offers no hook that
 * sees the socket or the finished response):
 *  - the TCP peer in a private header (client-ip.ts), replacing any value a client sent;
 *  - a request id (`x-request-id`, kept from a well-formed incoming one, else new), echoed
 *    on the response and put on every log line of the request (logger.ts);
 *  - when the response is finished: the latency metric by route template, and one access-log
 *    line without IP address or query string (privacy by design).
 */
const INSTALLED = Symbol.for("r211.serverHooks");
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function installServerHooks() {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") onRequest(args[0] as http.IncomingMessage, args[1] as http.ServerResponse);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}

function onRequest(request: http.IncomingMessage, response: http.ServerResponse) {
  const started = process.hrtime.bigint();
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
  const incoming = request.headers["x-request-id"];
  const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  request.headers["x-request-id"] = requestId;
  response.setHeader("x-request-id", requestId);
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeLabel(request.url ?? "/");
    const method = request.method ?? "GET";
    metrics.httpDuration.observe({ route, method, status: `${Math.floor(response.statusCode / 100)}xx` }, seconds);
    if (route === "/_next") return; // static files: counted, not logged
    logger.info({ requestId, method, route, status: response.statusCode, ms: Math.round(seconds * 1000) }, "request");
  });
}
