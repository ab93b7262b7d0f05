// A throwaway embedded Meilisearch for one test run (never the dev one): its own data folder
// under .data/, a free loopback port, deleted when stopped.
import fs from "node:fs";
import path from "node:path";
import { freeLoopbackPort, startEmbeddedMeilisearch } from "@/lib/search/meilisearch/embedded-meilisearch";

export type TestMeilisearch = { url: string; masterKey: string; stop(): Promise<void> };

export async function startTestMeilisearch(label = "test"): Promise<TestMeilisearch> {
  const port = await freeLoopbackPort();
  const dir = path.resolve(".data", `meilisearch-${label}-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const meili = await startEmbeddedMeilisearch({ dir, port, keyFile: path.join(dir, "master-key") });
  return {
    url: meili.url,
    masterKey: meili.masterKey,
    stop: async () => {
      await meili.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
