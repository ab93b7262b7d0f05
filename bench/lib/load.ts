// Step 4: load on the production server. Two models, both measuring their own latencies
// (autocannon's histogram has no p95):
// - closed: N connections send back to back (autocannon) → maximum requests/s at N;
// - open: requests leave on a fixed schedule whatever the answers (the "fixed-rate mode").
//   autocannon's `overallRate` splits the rate per connection and sends each connection's
//   quota in a burst at the start of every second, which is not an open model; so this
//   sender paces one request every 1/rate s and times each from its scheduled start
//   (no coordinated omission).
import http from "node:http";
import autocannon from "autocannon";
import { summarize } from "./stats";
import type { Endpoint, LoadRun } from "./types";

export type Target = { baseUrl: string; endpoint: Endpoint; paths: string[]; headers?: Record<string, string> };

/** Round-robin over the paths, shared by every connection so the mix is sent in order. */
function cycle(paths: string[]) {
  let next = 0;
  return () => paths[next++ % paths.length];
}

export async function closedLoad(target: Target, connections: number, durationS: number): Promise<LoadRun> {
  const nextPath = cycle(target.paths);
  const latencies: number[] = [];
  let non2xx = 0;
  const instance = autocannon({
    url: target.baseUrl,
    connections,
    duration: durationS,
    timeout: 30,
    headers: target.headers,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: nextPath() }) }],
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await instance;
  return {
    endpoint: target.endpoint,
    mode: "closed",
    connections,
    rate: null,
    durationS,
    requests: latencies.length,
    requestsPerS: latencies.length / (result.duration || durationS),
    latencyMs: summarize(latencies),
    non2xx,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}

export async function openLoad(target: Target, rate: number, durationS: number): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const nextPath = cycle(target.paths);
  const total = Math.round(rate * durationS);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let timeouts = 0;
  const start = performance.now() + 50;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      get(agent, target.baseUrl + nextPath(), target.headers).then(
        (status) => {
          latencies.push(performance.now() - scheduled);
          if (status < 200 || status >= 300) non2xx++;
        },
        (error: Error) => {
          if (error.message === "timeout") timeouts++;
          else errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    endpoint: target.endpoint,
    mode: "rate",
    connections: 0,
    rate,
    durationS,
    requests: latencies.length,
    requestsPerS: latencies.length / elapsedS,
    latencyMs: summarize(latencies),
    non2xx,
    errors,
    timeouts,
  };
}

function get(agent: http.Agent, url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers, timeout: 30_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}
