/**
 * The client address for per-client throttling. Behind the reverse proxy (the supported
 * deployment) it is the first X-Forwarded-For entry, or X-Real-IP. A client that reaches
 * the app directly can forge these headers, which is why the per-account limit does not
 * depend on them.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim();
  return address ? address.slice(0, 64) : null;
}
