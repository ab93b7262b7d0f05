// Step 7b: Lighthouse (npm `lighthouse`, default mobile profile with simulated throttling)
// driving the resolved Chromium (tests/e2e/chromium.ts) through chrome-launcher. One browser,
// one run per page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumLaunchOptions } from "@/tests/e2e/chromium";
import type { LighthouseScores } from "./types";
import type { PageToMeasure } from "./pages";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function runLighthouse(baseUrl: string, pages: PageToMeasure[], log: (line: string) => void) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions().executablePath,
    chromeFlags: ["--headless=new", ...chromiumLaunchOptions().args],
    logLevel: "silent",
  });
  const scores: LighthouseScores[] = [];
  try {
    for (const page of pages) {
      const url = baseUrl + page.path;
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES,
        });
        const categories = result?.lhr.categories ?? {};
        const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
        const runtimeError = result?.lhr.runtimeError?.message;
        const audits = result?.lhr.audits ?? {};
        const failures = (categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id);
        scores.push({
          name: page.name,
          url: page.path,
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          accessibilityFailures: failures,
          ...(runtimeError ? { error: runtimeError } : {}),
        });
        log(
          `  Lighthouse ${page.name}: performance ${score("performance")}, accessibility ${score("accessibility")}` +
            (failures.length ? ` (failing: ${failures.join(", ")})` : ""),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        scores.push({
          name: page.name,
          url: page.path,
          performance: NaN,
          accessibility: NaN,
          bestPractices: NaN,
          seo: NaN,
          error: message,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
