import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const shared = {
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests run our server code directly.
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{app,components,lib,prisma,scripts,bench}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          // Against a real PostgreSQL: one migrated template per run, one clone per test file.
          include: ["{lib,tests/integration,prisma,scripts}/**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["tests/setup/database-global-setup.ts"],
          setupFiles: ["tests/setup/database-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "faults",
          // Real processes broken on purpose (PostgreSQL stopped under a running app): they need
          // the production build, so `npm test` runs them after the end-to-end tests.
          include: ["tests/faults/**/*.faults.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
