// The embedded Meilisearch itself, as `npm run dev` uses it: a real server from the npm
// package, on loopback, with a generated key kept on disk, reused while running and
// restarted on the same data.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  freeLoopbackPort,
  MEILISEARCH_VERSION,
  meilisearchBinary,
  startEmbeddedMeilisearch,
} from "./embedded-meilisearch";

const dir = path.resolve(".data", `meilisearch-embedded-test-${process.pid}`);
const keyFile = path.join(dir, "key");

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("embedded Meilisearch", () => {
  it("runs version 1.21.0 on loopback with a generated key, reuses a running server, keeps its data", async () => {
    expect(meilisearchBinary()).toHaveProperty("path");
    const port = await freeLoopbackPort();
    const first = await startEmbeddedMeilisearch({ dir: path.join(dir, "data"), port, keyFile });
    try {
      expect(first.started).toBe(true);
      expect(first.url).toBe(`http://127.0.0.1:${port}`);
      expect(fs.readFileSync(keyFile, "utf8").trim()).toBe(first.masterKey);
      expect(fs.statSync(keyFile).mode & 0o077).toBe(0);
      const version = await (
        await fetch(`${first.url}/version`, { headers: { Authorization: `Bearer ${first.masterKey}` } })
      ).json();
      expect(version.pkgVersion).toBe(MEILISEARCH_VERSION);
      // The key is required.
      expect((await fetch(`${first.url}/indexes`)).status).toBe(401);
      await fetch(`${first.url}/indexes`, {
        method: "POST",
        headers: { Authorization: `Bearer ${first.masterKey}`, "Content-Type": "application/json" },
        body: JSON.stringify({ uid: "kept", primaryKey: "id" }),
      });

      const again = await startEmbeddedMeilisearch({ dir: path.join(dir, "data"), port, keyFile });
      expect(again).toMatchObject({ started: false, url: first.url, masterKey: first.masterKey });
    } finally {
      await first.stop();
    }

    const restarted = await startEmbeddedMeilisearch({ dir: path.join(dir, "data"), port, keyFile });
    try {
      expect(restarted.started).toBe(true);
      const deadline = Date.now() + 10_000;
      let status = 0;
      while (status !== 200 && Date.now() < deadline) {
        status = (
          await fetch(`${restarted.url}/indexes/kept`, { headers: { Authorization: `Bearer ${restarted.masterKey}` } })
        ).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
    } finally {
      await restarted.stop();
    }
  }, 60_000);

  it("refuses a port another program holds instead of talking to it", async () => {
    const server = net.createServer((socket) => {
      socket.on("error", () => {}); // our probes hang up first
      socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      await expect(startEmbeddedMeilisearch({ dir: path.join(dir, "other"), port, keyFile })).rejects.toThrow(
        /taken by another program/,
      );
    } finally {
      server.close();
    }
  });
});
