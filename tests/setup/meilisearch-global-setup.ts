import type { TestProject } from "vitest/node";
import { startTestMeilisearch } from "./test-meilisearch";

declare module "vitest" {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

// The Meilisearch tests always run against a real server: the one `npm test` started
// (TEST_MEILI_URL), else one started here for this run. Never skipped: where the embedded
// server cannot run, this fails and says why (set TEST_MEILI_URL to a Meilisearch 1.21).
export default async function setup(project: TestProject) {
  if (process.env.TEST_MEILI_URL) {
    project.provide("meiliUrl", process.env.TEST_MEILI_URL);
    project.provide("meiliMasterKey", process.env.TEST_MEILI_MASTER_KEY ?? "");
    return;
  }
  const meili = await startTestMeilisearch();
  project.provide("meiliUrl", meili.url);
  project.provide("meiliMasterKey", meili.masterKey);
  return meili.stop;
}
