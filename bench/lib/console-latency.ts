// Step 7c: the agents' console, keystroke → results painted (issue #10: ≤ 300 ms p95 on the
// demo data). An agent signs in, opens the console and types each query of the mix: the prefix
// first (its results settle), then the last key; the time runs from that keydown to the first
// animation frame after the list says it answers the full query (data-results-for).
import type { Browser } from "@playwright/test";
import { summarize, type Summary } from "./stats";

export type ConsoleLatency = Summary & { queries: number };

export async function measureConsoleLatency(
  browser: Browser,
  baseUrl: string,
  queries: readonly string[],
  credentials: { email: string; password: string },
): Promise<ConsoleLatency> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fr/connexion`);
    await page.getByLabel("Adresse courriel").fill(credentials.email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(credentials.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/\/fr\/admin/, { timeout: 30_000 });
    await page.goto(`${baseUrl}/fr/agent`);
    const input = page.locator('input[type="search"]');
    await input.waitFor();
    await page.evaluate(
      `document.addEventListener("keydown", () => (window.benchKeydownAt = performance.now()), true)`,
    );
    const samples: number[] = [];
    for (const query of queries) {
      await input.fill(query.slice(0, -1));
      await page.waitForTimeout(400);
      // A string, not a function: tsx would add its `__name` helper, unknown in the page.
      const painted = page.evaluate<number>(`new Promise((resolve) => {
        window.benchKeydownAt = undefined;
        (function check() {
          const list = document.querySelector("[data-results-for]");
          if (list && list.getAttribute("data-results-for") === ${JSON.stringify(query)} && window.benchKeydownAt !== undefined)
            requestAnimationFrame(() => resolve(performance.now() - window.benchKeydownAt));
          else requestAnimationFrame(check);
        })();
      })`);
      await page.keyboard.type(query.slice(-1));
      samples.push(await painted);
    }
    return { ...summarize(samples), queries: samples.length };
  } finally {
    await context.close();
  }
}
