/**
 * Route handlers cannot see the TCP peer of a request (Next.js exposes no socket, and the
 * X-Forwarded-For it fills in is kept when a client sends its own). The server hooks
 * (lib/observability/server-hooks.ts) write the socket's address into this private header on
 * every incoming request, replacing whatever a client put there, so that client-ip.ts can
 * tell a trusted proxy from anyone else.
 */
export const PEER_ADDRESS_HEADER = "x-r211-peer-address";
