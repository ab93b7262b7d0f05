import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_PATH, LAUNCH_ARGS } from "./tests/e2e/chromium";

// `npm test` starts the production server on a seeded test database and passes its URL.
// Run alone (`npm run test:e2e`), this expects an app already running on :3000.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // CI machines have 2 cores shared by the server, the browser and the runner.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: { executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS } },
    },
  ],
});
