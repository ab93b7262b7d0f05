// The browser for end-to-end tests and the benchmark's page weight and Lighthouse runs.
// Playwright never downloads one here. A system Chromium wins (CHROMIUM_PATH, else Debian's
// /usr/bin/chromium); otherwise the headless Chromium inside the npm package
// @sparticuz/chromium (linux x64), unpacked on first use. `npm test` and `npm run bench`
// resolve it once and hand the result to Playwright through CHROMIUM_PATH/CHROMIUM_ARGS_JSON.
import fs from "node:fs";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--disable-gpu",
  "--disable-quic",
  // Offline machines: no background calls home, no component updates.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** As resolved by resolveChromium() in the parent process (playwright.config.ts is synchronous). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM;
export const LAUNCH_ARGS: string[] = process.env.CHROMIUM_ARGS_JSON
  ? JSON.parse(process.env.CHROMIUM_ARGS_JSON)
  : CHROMIUM_ARGS;

/** The same, read when called (the benchmark resolves the browser after importing this). */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM,
    args: process.env.CHROMIUM_ARGS_JSON ? JSON.parse(process.env.CHROMIUM_ARGS_JSON) : CHROMIUM_ARGS,
  };
}

export type ResolvedChromium = { path: string; args: string[]; source: string };

/** Where the package's browser cannot run, or is not installed, this says why. */
export async function resolveChromium(): Promise<ResolvedChromium | { unavailable: string }> {
  if (process.env.CHROMIUM_PATH) {
    return fs.existsSync(process.env.CHROMIUM_PATH)
      ? { path: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS, source: "CHROMIUM_PATH" }
      : { unavailable: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` };
  }
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS, source: "system" };
  if (process.platform !== "linux" || process.arch !== "x64")
    return { unavailable: `no ${SYSTEM_CHROMIUM}, and @sparticuz/chromium runs on linux x64 only` };
  try {
    const { default: packaged } = await import("@sparticuz/chromium");
    const path = await packaged.executablePath();
    // Our flags only: the package's own list adds --single-process, meant for one page per
    // serverless call, which Playwright's many contexts per browser do not survive.
    return { path, args: [...CHROMIUM_ARGS, "--no-zygote"], source: "npm @sparticuz/chromium" };
  } catch (error) {
    return { unavailable: `no ${SYSTEM_CHROMIUM}, and @sparticuz/chromium failed: ${(error as Error).message}` };
  }
}

/** Resolves the browser and exports it to child processes (Playwright, Lighthouse); null when none. */
export async function prepareChromium(log: (line: string) => void = console.log): Promise<ResolvedChromium | null> {
  const chromium = await resolveChromium();
  if ("unavailable" in chromium) {
    log(
      `Browser: none found (${chromium.unavailable}).\n` +
        `  Install one with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)`,
    );
    return null;
  }
  process.env.CHROMIUM_PATH = chromium.path;
  process.env.CHROMIUM_ARGS_JSON = JSON.stringify(chromium.args);
  log(`Browser: Chromium at ${chromium.path} (${chromium.source}).`);
  return chromium;
}
