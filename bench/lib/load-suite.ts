// Step 4 for one size: the same loads on the floor and on search, interleaved per load level
// so that a noisy neighbour hurts both sides of a ratio alike.
import { closedLoad, openLoad } from "./load";
import { searchPath, type MixEntry } from "./query-mix";
import type { LoadRun } from "./types";

export const FLOOR_PATH = "/api/bench-floor";

export async function loadSuite(
  baseUrl: string,
  mix: MixEntry[],
  plan: { connections: number[]; closedDurationS: number; rate: number; rateDurationS: number },
  log: (line: string) => void,
): Promise<LoadRun[]> {
  const targets = {
    floor: { baseUrl, endpoint: "floor" as const, paths: [FLOOR_PATH] },
    search: { baseUrl, endpoint: "search" as const, paths: mix.map((entry) => searchPath(entry.params)) },
  };
  // Warm-up (JIT, connection pools, PostgreSQL buffers): not recorded.
  await closedLoad(targets.floor, 10, 2);
  await closedLoad(targets.search, 10, 2);
  const runs: LoadRun[] = [];
  const show = (run: LoadRun) =>
    log(
      `  ${run.endpoint.padEnd(6)} ${run.mode === "rate" ? `${run.rate} req/s` : `${run.connections} conn.`}: ` +
        `p50 ${run.latencyMs.p50} ms, p95 ${run.latencyMs.p95} ms, ${Math.round(run.requestsPerS)} req/s` +
        (run.non2xx + run.errors + run.timeouts
          ? `, ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts`
          : ""),
    );
  for (const connections of plan.connections) {
    for (const target of [targets.floor, targets.search]) {
      const run = await closedLoad(target, connections, plan.closedDurationS);
      runs.push(run);
      show(run);
    }
  }
  for (const target of [targets.floor, targets.search]) {
    const run = await openLoad(target, plan.rate, plan.rateDurationS);
    runs.push(run);
    show(run);
  }
  return runs;
}
