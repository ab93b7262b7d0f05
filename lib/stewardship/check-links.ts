import "server-only";
import { isIP } from "node:net";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCanSteward } from "./permissions";

export type CheckLinksOptions = {
  timeoutMs?: number;
  /** Hosts checked at once; each host still gets one request at a time. */
  hosts?: number;
  /** Pause between two requests to the same host. */
  pauseMs?: number;
  /** Loopback and private addresses are never fetched, except by tests. */
  allowPrivate?: boolean;
  log?: (line: string) => void;
};

const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./];

/** Addresses a public directory's links have no business pointing to (the job runs inside the network). */
function isPrivateHost(host: string) {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost" || bare.endsWith(".localhost") || bare.endsWith(".internal")) return true;
  if (isIP(bare) === 4) return PRIVATE_V4.some((range) => range.test(bare));
  if (isIP(bare) === 6) return bare === "::1" || /^f[cd]/i.test(bare) || /^fe80/i.test(bare);
  return false;
}

type Result = { ok: boolean; status: number | null; error: string | null };

async function check(url: string, timeoutMs: number): Promise<Result> {
  const attempt = (method: "HEAD" | "GET") =>
    fetch(url, {
      method,
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "Repertoire211-LinkCheck/1.0 (+verification of a 211 directory's records)" },
    });
  try {
    let response = await attempt("HEAD");
    // Some servers refuse HEAD: ask again, politely, with GET (the body is not read).
    if ([403, 405, 501].includes(response.status)) {
      await response.body?.cancel();
      response = await attempt("GET");
    }
    await response.body?.cancel();
    return { ok: response.status < 400, status: response.status, error: null };
  } catch (error) {
    const reason = error instanceof Error ? (error.name === "TimeoutError" ? "timeout" : error.message) : String(error);
    return { ok: false, status: null, error: reason.slice(0, 300) };
  }
}

/**
 * Checks every website named by a public organization or service, politely: one request per
 * host at a time, a pause between requests to the same host, a timeout, HEAD before GET.
 * Results are stored by URL (link_check) for the data-quality page.
 */
export async function checkLinks(actor: Actor | null, options: CheckLinksOptions = {}) {
  assertCanSteward(actor, "stewardship:manage");
  const { timeoutMs = 10_000, hosts = 4, pauseMs = 1_000, allowPrivate = false, log = () => {} } = options;
  const rows = await db.$queryRaw<{ url: string }[]>`
    SELECT DISTINCT website AS url FROM organization
      WHERE website IS NOT NULL AND deleted_at IS NULL AND status IN ('active', 'temporarily_closed')
    UNION
    SELECT DISTINCT url FROM service
      WHERE url IS NOT NULL AND deleted_at IS NULL AND status IN ('active', 'temporarily_closed')`;
  const byHost = new Map<string, string[]>();
  let skipped = 0;
  for (const { url } of rows) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      skipped++;
      continue;
    }
    if (!["http:", "https:"].includes(parsed.protocol) || (!allowPrivate && isPrivateHost(parsed.hostname))) {
      skipped++;
      continue;
    }
    byHost.set(parsed.host, [...(byHost.get(parsed.host) ?? []), url]);
  }
  const queues = [...byHost.values()];
  let checked = 0;
  let broken = 0;
  const worker = async () => {
    for (let urls = queues.shift(); urls; urls = queues.shift()) {
      for (const [i, url] of urls.entries()) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        const result = await check(url, timeoutMs);
        await db.linkCheck.upsert({
          where: { url },
          create: { url, ...result, checkedAt: new Date() },
          update: { ...result, checkedAt: new Date() },
        });
        checked++;
        if (!result.ok) {
          broken++;
          log(`${url}: ${result.status ?? result.error}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, hosts) }, worker));
  return { checked, broken, skipped };
}
