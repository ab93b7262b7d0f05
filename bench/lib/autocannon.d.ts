// The subset of autocannon 8's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type RequestSpec = { method?: string; path?: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    overallRate?: number;
    headers?: Record<string, string>;
    requests?: (RequestSpec & { setupRequest?: (request: RequestSpec) => RequestSpec })[];
  };
  type Result = { requests: { total: number }; errors: number; timeouts: number; non2xx: number; duration: number };
  type Instance = EventEmitter & Promise<Result>;

  function autocannon(options: Options): Instance;
  export default autocannon;
}
