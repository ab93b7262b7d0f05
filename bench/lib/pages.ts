// Step 7a: page weight. Each page is loaded in a fresh Chromium context (empty cache), and the
// bytes Chromium received for every response (CDP Network.loadingFinished.encodedDataLength:
// compressed body + headers, what DevTools calls "transferred") are summed by resource type.
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "@/tests/e2e/chromium";
import type { PageWeight } from "./types";

export type PageToMeasure = { name: string; path: string };

const VIEWPORT = { width: 412, height: 915 }; // a mid-range phone, like Lighthouse's mobile profile

function bucket(type: string | undefined): keyof PageWeight["bytes"] {
  if (type === "Document") return "document";
  if (type === "Stylesheet") return "css";
  if (type === "Script") return "js";
  return "other";
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export async function measurePage(browser: Browser, baseUrl: string, page: PageToMeasure): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const types = new Map<string, string>();
    const bytes = { document: 0, css: 0, js: 0, other: 0, total: 0 };
    let requests = 0;
    cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
    cdp.on("Network.loadingFinished", (event) => {
      const kind = bucket(types.get(event.requestId));
      bytes[kind] += event.encodedDataLength;
      bytes.total += event.encodedDataLength;
      requests++;
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const response = await tab.goto(baseUrl + page.path, { waitUntil: "networkidle", timeout: 60_000 });
    // Prefetches started by visible links count too: a visitor's phone downloads them.
    await tab.waitForTimeout(500);
    return { name: page.name, url: page.path, status: response?.status() ?? 0, bytes, requests };
  } finally {
    await context.close();
  }
}

/** The search page with JavaScript off must still show the results the API returns. */
export async function searchWorksWithoutJs(browser: Browser, baseUrl: string, path: string, expected: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    const response = await tab.goto(baseUrl + path, { waitUntil: "load" });
    const scripts = await tab.locator("script[src]").count();
    const text = await tab.locator("main").innerText();
    const works = response?.status() === 200 && text.includes(expected);
    const detail = works
      ? `"${expected}" (first API hit) is in the server-rendered page (JavaScript disabled; ${scripts} script tags ignored)`
      : `status ${response?.status()}; "${expected}" not found in <main> with JavaScript disabled`;
    return { url: path, works, detail };
  } finally {
    await context.close();
  }
}
