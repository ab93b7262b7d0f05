// Records the SQL the search engine really sends, with its parameter values, by watching
// node-postgres (which Prisma's pg adapter drives). The benchmark then replays each statement
// under EXPLAIN, so query costs follow the engine's code without depending on its internals.
import pg from "pg";

export type CapturedQuery = { text: string; values: unknown[]; ms: number };

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

export function captureSql(matches: (text: string) => boolean) {
  const captured: CapturedQuery[] = [];
  const prototype = pg.Client.prototype as unknown as { query: QueryFn };
  const original = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const config =
      typeof first === "string" ? { text: first, values: second } : (first as { text?: string; values?: unknown });
    const watched = config && typeof config.text === "string" && matches(config.text);
    if (!watched) return original.apply(this, args);
    const entry = { text: config.text!, values: Array.isArray(config.values) ? [...config.values] : [], ms: 0 };
    captured.push(entry);
    const started = performance.now();
    const stop = () => (entry.ms = performance.now() - started);
    // pg-pool (under Prisma's adapter) passes a callback; direct callers get a promise.
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (...results: unknown[]) => void;
      args[last] = (...results: unknown[]) => (stop(), callback(...results));
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) void result.then(stop, () => {});
    return result;
  };
  return {
    captured,
    take() {
      return captured.splice(0, captured.length);
    },
    restore() {
      prototype.query = original;
    },
  };
}
