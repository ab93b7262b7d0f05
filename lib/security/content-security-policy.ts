/**
 * Content-Security-Policy: same origin only (the public site makes no third-party
 * request). Pages get a per-request nonce from proxy.ts, which Next.js puts on its own
 * inline scripts; 'strict-dynamic' lets those load the app's chunks. Styles allow inline
 * attributes (React style props), which cannot run code. Development adds 'unsafe-eval'
 * for React's debugging tools only.
 */
/** Origins of a configured map style: MAP_CSP_SOURCES, else MAP_STYLE_URL's origin. */
function mapSources(): string {
  const listed = process.env.MAP_CSP_SOURCES?.trim();
  if (listed) return ` ${listed}`;
  try {
    return process.env.MAP_STYLE_URL ? ` ${new URL(process.env.MAP_STYLE_URL).origin}` : "";
  } catch {
    return "";
  }
}

export function contentSecurityPolicy(options: { nonce?: string; dev?: boolean } = {}): string {
  const script = options.nonce
    ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`
    : `'self'${options.dev ? " 'unsafe-eval'" : ""}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${mapSources()}`,
    "font-src 'self'",
    // The map (MapLibre) runs its tile work in a worker made from a blob; a configured map
    // style (MAP_STYLE_URL) and its tile hosts are the only other origins, reached only once
    // someone opens a map.
    `connect-src 'self'${mapSources()}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response (next.config.ts); the CSP itself is set per page by proxy.ts. */
export function securityHeaders(production: boolean) {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    // Search terms in URLs can reveal a person's situation: never send them to another site.
    // `same-origin`, not `no-referrer`: under no-referrer a browser's plain form POST carries
    // `Origin: null`, which Next.js refuses for server actions (and our own routes for login
    // CSRF), so forms without JavaScript — sign-in, corrections, lists — would not work.
    { key: "Referrer-Policy", value: "same-origin" },
    // The search page may ask for the visitor's position; nothing else is needed.
    {
      key: "Permissions-Policy",
      value: "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
