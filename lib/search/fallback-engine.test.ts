import { describe, expect, it, vi } from "vitest";
import { withFallback } from "./fallback-engine";
import { InvalidSearchQuery, type SearchEngine, type SearchQuery, type SearchResult } from "./types";

const query: SearchQuery = { q: "aide", locale: "fr", categories: [], page: 1, perPage: 20 };
const empty = { category: [], region: [], municipality: [], language: [], accessibility: [] };
const result = (total: number): SearchResult => ({
  total,
  page: 1,
  perPage: 20,
  tookMs: 1,
  hits: [],
  facets: empty,
  near: null,
});

/** An in-memory implementation of our own SearchEngine interface, with switchable behaviour. */
function fakeEngine(name: string, total: number) {
  const state = { mode: "ok" as "ok" | "down" | "slow" | "refuses", indexed: [] as string[][], calls: 0 };
  const engine: SearchEngine = {
    name,
    async search() {
      state.calls++;
      if (state.mode === "down") throw new Error(`${name} refused the connection`);
      if (state.mode === "refuses") throw new InvalidSearchQuery("bad filter");
      if (state.mode === "slow") await new Promise((resolve) => setTimeout(resolve, 200));
      return result(total);
    },
    async index(ids) {
      if (state.mode === "down") throw new Error(`${name} is down`);
      state.indexed.push(ids);
    },
    async suggest() {
      if (state.mode === "down") throw new Error("down");
      return [name];
    },
  };
  return { engine, state };
}

describe("withFallback", () => {
  it("answers from the primary while it is healthy", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const engine = withFallback(primary.engine, fallback.engine, { log: () => {} });
    expect((await engine.search(query)).total).toBe(1);
    expect(engine.status()).toBe("ok");
  });

  it("answers from the fallback when the primary fails, logs once, reports degraded", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const log = vi.fn();
    const engine = withFallback(primary.engine, fallback.engine, { log, retryAfterMs: 0 });
    primary.state.mode = "down";
    for (let i = 0; i < 5; i++) expect((await engine.search(query)).total).toBe(2);
    expect(engine.lastError()).toContain("refused the connection");
    expect(await engine.suggest("a", "fr", 5)).toEqual(["postgres"]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain("meilisearch unavailable");
    expect(engine.status()).toBe("degraded");

    primary.state.mode = "ok";
    expect((await engine.search(query)).total).toBe(1);
    expect(engine.status()).toBe("ok");
    expect(log).toHaveBeenCalledTimes(2);
  });

  it("does not wait for a primary slower than the timeout that does not answer its health check", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const hung = () => new Promise<void>(() => {});
    const engine = withFallback(primary.engine, fallback.engine, { timeoutMs: 30, log: () => {}, probe: hung });
    primary.state.mode = "slow";
    const started = Date.now();
    expect((await engine.search(query)).total).toBe(2);
    expect(Date.now() - started).toBeLessThan(150);
    expect(engine.status()).toBe("degraded");
  });

  it("waits for a primary that is slow but answers its health check (busy, not down)", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const probe = vi.fn(async () => {});
    const engine = withFallback(primary.engine, fallback.engine, { timeoutMs: 30, log: () => {}, probe });
    primary.state.mode = "slow";
    const answers = await Promise.all([engine.search(query), engine.search(query), engine.search(query)]);
    expect(answers.map((answer) => answer.total)).toEqual([1, 1, 1]);
    expect(fallback.state.calls).toBe(0);
    expect(probe).toHaveBeenCalledTimes(1); // one health check for the three late answers
    expect(engine.status()).toBe("ok");
  });

  it("skips the primary for a while after a failure, then probes it again", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const engine = withFallback(primary.engine, fallback.engine, { retryAfterMs: 50, log: () => {} });
    primary.state.mode = "down";
    await engine.search(query);
    primary.state.mode = "ok";
    await engine.search(query);
    expect(primary.state.calls).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await engine.search(query)).total).toBe(1);
    expect(primary.state.calls).toBe(2);
  });

  it("indexes into both engines and lets an indexing failure reach the relay", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const engine = withFallback(primary.engine, fallback.engine, { log: () => {} });
    await engine.index(["a"]);
    expect(primary.state.indexed).toEqual([["a"]]);
    expect(fallback.state.indexed).toEqual([["a"]]);
    primary.state.mode = "down";
    await expect(engine.index(["b"])).rejects.toThrow("meilisearch is down");
    expect(fallback.state.indexed).toEqual([["a"], ["b"]]);
  });
});

describe("withFallback probe", () => {
  it("reports degraded from a failed liveness probe even without searches, and ok once it answers", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    let healthy = false;
    const log = vi.fn();
    const engine = withFallback(primary.engine, fallback.engine, {
      log,
      probe: async () => {
        if (!healthy) throw new Error("connect ECONNREFUSED");
      },
    });
    await engine.probe();
    await engine.probe();
    expect(engine.status()).toBe("degraded");
    expect(log).toHaveBeenCalledTimes(1);
    healthy = true;
    await engine.probe();
    expect(engine.status()).toBe("ok");
  });

  it("passes a malformed query on as the caller's error, without degrading", async () => {
    const primary = fakeEngine("meilisearch", 1);
    const fallback = fakeEngine("postgres", 2);
    const engine = withFallback(primary.engine, fallback.engine, { log: () => {} });
    primary.state.mode = "refuses";
    await expect(engine.search(query)).rejects.toBeInstanceOf(InvalidSearchQuery);
    expect(engine.status()).toBe("ok");
    expect(fallback.state.calls).toBe(0);
    primary.state.mode = "ok";
    expect((await engine.search(query)).total).toBe(1);
  });
});
