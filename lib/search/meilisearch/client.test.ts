import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeilisearchTaskTimeOutError } from "meilisearch";
import { startStandInServer } from "@/tests/search/stand-in-server";
import { createMeiliClient, succeeded } from "./client";

// A stand-in task API (the real Meilisearch runs in the integration tests): task 1 is processing
// for its first 15 polls, then succeeded; task 2 never ends.
let server: Awaited<ReturnType<typeof startStandInServer>>;
let url = "";
const polls = new Map<string, number>();

beforeAll(async () => {
  server = await startStandInServer((request, _body, response) => {
    response.setHeader("content-type", "application/json");
    const enqueued = { indexUid: "services", status: "enqueued", type: "documentAdditionOrUpdate" };
    if (request.url === "/indexes/services/documents")
      return response.end(JSON.stringify({ ...enqueued, taskUid: 1, enqueuedAt: new Date().toISOString() }));
    if (request.url === "/indexes/services/documents/delete-batch")
      return response.end(JSON.stringify({ ...enqueued, taskUid: 2, enqueuedAt: new Date().toISOString() }));
    const uid = request.url?.split("/").pop() ?? "";
    polls.set(uid, (polls.get(uid) ?? 0) + 1);
    const done = uid === "1" && polls.get(uid)! > 15;
    response.end(JSON.stringify({ uid: Number(uid), ...enqueued, status: done ? "succeeded" : "processing" }));
  });
  url = server.url;
});
afterAll(() => server.stop());

describe("succeeded", () => {
  it("waits through many polls without piling listeners on one signal", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const client = createMeiliClient({ url, indexUid: "services" });
      const task = await succeeded(client.index("services").addDocuments([{ id: "a" }]), 5_000, 1);
      expect(task.status).toBe("succeeded");
      expect(polls.get("1")).toBeGreaterThan(15);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("gives up after its timeout with the library's task timeout error", async () => {
    const client = createMeiliClient({ url, indexUid: "services" });
    const started = Date.now();
    const error = await succeeded(client.index("services").deleteDocuments(["a"]), 200, 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskTimeOutError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
