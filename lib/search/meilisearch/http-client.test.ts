import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meilisearch, MeilisearchApiError, MeilisearchRequestTimeOutError } from "meilisearch";
import { startStandInServer } from "@/tests/search/stand-in-server";
import { meiliErrorCode, meiliHttpClient } from "./http-client";

// A stand-in HTTP server (not Meilisearch: the real one is in the integration tests) to check
// that the library gets what it expects from its httpClient: bodies, API errors, timeouts.
let server: Awaited<ReturnType<typeof startStandInServer>>;
let host = "";
const received: { method?: string; url?: string; body: string; auth?: string }[] = [];

beforeAll(async () => {
  server = await startStandInServer((request, body, response) => {
    received.push({ method: request.method, url: request.url, body, auth: request.headers.authorization });
    if (request.url === "/indexes/missing") {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ message: "Index `missing` not found.", code: "index_not_found", type: "invalid_request" }),
      );
    } else if (request.url?.startsWith("/indexes/slow")) {
      // never answers
    } else {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ results: [{ hits: [{ id: "é" }] }] }));
    }
  });
  host = server.url;
});
afterAll(() => server.stop());

describe("meiliHttpClient", () => {
  it("sends the library's request (method, key, JSON body) and returns the parsed answer", async () => {
    const client = new Meilisearch({ host, apiKey: "key", httpClient: meiliHttpClient });
    const answer = await client.multiSearch({ queries: [{ indexUid: "services", q: "café" }] });
    expect(answer).toEqual({ results: [{ hits: [{ id: "é" }] }] });
    expect(received.at(-1)).toMatchObject({ method: "POST", url: "/multi-search", auth: "Bearer key" });
    expect(JSON.parse(received.at(-1)!.body)).toEqual({ queries: [{ indexUid: "services", q: "café" }] });
  });

  it("turns an error answer into the library's MeilisearchApiError, with Meilisearch's code", async () => {
    const client = new Meilisearch({ host, httpClient: meiliHttpClient });
    const error = await client.getRawIndex("missing").catch((e: unknown) => e);
    // The library wraps whatever its httpClient throws in a MeilisearchRequestError.
    const apiError = (error as Error).cause;
    expect(apiError).toBeInstanceOf(MeilisearchApiError);
    expect((apiError as MeilisearchApiError).response.status).toBe(404);
    expect(meiliErrorCode(error)).toBe("index_not_found");
    expect(((error as Error).cause as { code?: string }).code).toBe("index_not_found"); // where the library looks
    expect(meiliErrorCode(new Error("ECONNREFUSED"))).toBeUndefined();
  });

  it("gives up at the library's timeout, as the library's timeout error", async () => {
    const client = new Meilisearch({ host, httpClient: meiliHttpClient, timeout: 100 });
    const started = Date.now();
    const error = await client.getRawIndex("slow").catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((error as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
  });
});
