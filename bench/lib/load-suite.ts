// Step 4 for one size: the same loads on the floor, on search (the mix repeated, as clients
// send it: repeats may come from the result cache) and on search without the cache (every
// request computed), interleaved per load level so that a noisy neighbour hurts all alike.
import { closedLoad, openLoad, type Target } from "./load";
import { searchPath, type MixEntry } from "./query-mix";
import type { LoadRun } from "./types";

export const FLOOR_PATH = "/api/bench-floor";

export async function loadSuite(
  baseUrl: string,
  mix: MixEntry[],
  plan: { connections: number[]; closedDurationS: number; rate: number; rateDurationS: number },
  log: (line: string) => void,
): Promise<LoadRun[]> {
  const paths = mix.map((entry) => searchPath(entry.params));
  const targets: Target[] = [
    { baseUrl, endpoint: "floor", paths: [FLOOR_PATH] },
    { baseUrl, endpoint: "search", paths },
    { baseUrl, endpoint: "search-uncached", paths, headers: { "cache-control": "no-cache" } },
  ];
  // Warm-up (JIT, connection pools, PostgreSQL buffers): not recorded.
  for (const target of targets) await closedLoad(target, 10, 2);
  const runs: LoadRun[] = [];
  const show = (run: LoadRun) =>
    log(
      `  ${run.endpoint.padEnd(15)} ${run.mode === "rate" ? `${run.rate} req/s` : `${run.connections} conn.`}: ` +
        `p50 ${run.latencyMs.p50} ms, p95 ${run.latencyMs.p95} ms, ${Math.round(run.requestsPerS)} req/s` +
        (run.non2xx + run.errors + run.timeouts
          ? `, ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts`
          : ""),
    );
  for (const connections of plan.connections) {
    for (const target of targets) {
      const run = await closedLoad(target, connections, plan.closedDurationS);
      runs.push(run);
      show(run);
    }
  }
  for (const target of targets) {
    const run = await openLoad(target, plan.rate, plan.rateDurationS);
    runs.push(run);
    show(run);
  }
  return runs;
}
