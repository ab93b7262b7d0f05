// Step 7c: the agents' console, keystroke → results painted (issue #10: ≤ 300 ms p95 on the
// demo data). An agent signs in, opens the console and types each query of the mix: the prefix
// first (until the list answers it), then the last key; the time runs from that keydown to the
// animation frame in which the list first says it answers the full query (data-results-for).
//
// The page itself timestamps both ends (a keydown listener, and a watcher that runs every
// frame), so the order in which Playwright's commands reach the page cannot lose a keystroke
// (that race, and "transport adapté", whose last key Playwright types with no keydown, made
// the first version of this step wait forever).
// One query can never stop the step: a query unanswered within QUERY_TIMEOUT_MS is counted as
// such (and kept out of the percentiles), and a tab that crashes or closes is replaced by a
// fresh signed-in one; both are reported.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { summarize, type Summary } from "./stats";

export type ConsoleLatency = Summary & { queries: number; unanswered: string[]; reopened: number };

const QUERY_TIMEOUT_MS = 10_000;

type Credentials = { email: string; password: string };

// Strings, not functions: tsx would add its `__name` helper, unknown in the page.
const INSTRUMENT = `(() => {
  window.benchPainted = {};
  document.addEventListener("keydown", () => (window.benchKeydownAt = performance.now()), true);
  // A character off the US layout ("é") is typed by Playwright as text, with no keydown.
  document.addEventListener("beforeinput", () => (window.benchKeydownAt ??= performance.now()), true);
  (function watch() {
    const list = document.querySelector("[data-results-for]");
    const answered = list && list.getAttribute("data-results-for");
    if (answered && !(answered in window.benchPainted)) window.benchPainted[answered] = performance.now();
    requestAnimationFrame(watch);
  })();
})()`;

async function openConsole(context: BrowserContext, baseUrl: string, credentials: Credentials) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/fr/agent`);
  // Signed out, the console sends to the sign-in page (a reopened tab is signed in already).
  if (new URL(page.url()).pathname !== "/fr/agent") {
    await page.goto(`${baseUrl}/fr/connexion`);
    await page.getByLabel("Adresse courriel").fill(credentials.email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(credentials.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/fr/connexion"), { timeout: 30_000 });
    await page.goto(`${baseUrl}/fr/agent`);
  }
  await page.locator('input[type="search"]').waitFor();
  await page.evaluate(INSTRUMENT);
  return page;
}

type Instrumented = { benchPainted: Record<string, number> };

/** Resolves when the list has answered `query` (an inline function: the page's CSP forbids evaluating strings there). */
const answered = (page: Page, query: string) =>
  page.waitForFunction((q) => (window as unknown as Instrumented).benchPainted[q] !== undefined, query, {
    timeout: QUERY_TIMEOUT_MS,
  });

/** Milliseconds from the last key's keydown to the frame painted with its results, or null. */
async function timeOneQuery(page: Page, query: string): Promise<number | null> {
  const prefix = query.slice(0, -1);
  await page.evaluate(`delete window.benchPainted[${JSON.stringify(prefix)}]`);
  await page.locator('input[type="search"]').fill(prefix);
  await answered(page, prefix);
  await page.evaluate(`window.benchKeydownAt = undefined; delete window.benchPainted[${JSON.stringify(query)}]`);
  await page.keyboard.type(query.slice(-1));
  try {
    await answered(page, query);
  } catch {
    return null;
  }
  return page.evaluate<number>(`window.benchPainted[${JSON.stringify(query)}] - window.benchKeydownAt`);
}

export async function measureConsoleLatency(
  browser: Browser,
  baseUrl: string,
  queries: readonly string[],
  credentials: Credentials,
  log: (line: string) => void = () => {},
): Promise<ConsoleLatency> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    let page = await openConsole(context, baseUrl, credentials);
    const samples: number[] = [];
    const unanswered: string[] = [];
    let reopened = 0;
    for (const query of queries) {
      try {
        const ms = await timeOneQuery(page, query);
        if (ms !== null) samples.push(ms);
        else {
          unanswered.push(query);
          log(`  "${query}": no results painted within ${QUERY_TIMEOUT_MS / 1000} s`);
        }
      } catch (error) {
        // The tab went away (crashed, or closed under the run), or the prefix never answered:
        // note it, carry on in a new tab.
        log(`  "${query}": ${(error as Error).message.split("\n")[0]}; reopening the console`);
        unanswered.push(query);
        reopened++;
        await page.close().catch(() => {});
        page = await openConsole(context, baseUrl, credentials);
      }
    }
    if (samples.length === 0) throw new Error(`no query answered (${unanswered.length} tried)`);
    return { ...summarize(samples), queries: samples.length, unanswered, reopened };
  } finally {
    await context.close();
  }
}
