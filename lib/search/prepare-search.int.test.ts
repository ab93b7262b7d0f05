// `npm run dev`/`npm start` fill the Meilisearch index once, and rebuild one an earlier
// version built for other filters (its documents would lack what the filters now ask).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createService } from "@/tests/factories/directory";
import { testMeiliConfig } from "@/tests/search/test-meili";
import { createMeiliClient, succeeded } from "./meilisearch/client";
import { FILTERABLE_ATTRIBUTES, filterableNames } from "./meilisearch/settings";
import { indexMeilisearchIfIncomplete } from "./prepare-search";

const config = testMeiliConfig();
const client = createMeiliClient(config);
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, {
    MEILI_URL: config.url,
    MEILI_MASTER_KEY: config.apiKey ?? "",
    MEILI_INDEX: config.indexUid,
  });
});
afterAll(async () => {
  process.env = saved;
  await client.deleteIndexIfExists(config.indexUid);
});

async function start() {
  const lines: string[] = [];
  await indexMeilisearchIfIncomplete((line) => lines.push(line));
  return lines;
}

describe("indexing the embedded Meilisearch on start", () => {
  it("indexes once, leaves a current index alone, and rebuilds one built for other filters", async () => {
    await createService();
    await createService();
    expect((await start()).join("\n")).toMatch(/holds 0 of 2 services/);
    expect((await client.index(config.indexUid).getStats()).numberOfDocuments).toBe(2);
    expect(await start()).toEqual([]);

    // An index of the version before open_hours existed.
    const older = FILTERABLE_ATTRIBUTES.filter((name) => name !== "open_hours");
    await succeeded(client.index(config.indexUid).updateFilterableAttributes(older), 60_000);
    expect((await start()).join("\n")).toMatch(/earlier version/);
    const filters = await client.index(config.indexUid).getFilterableAttributes();
    expect(filterableNames(filters)).toContain("open_hours");
    expect((await client.index(config.indexUid).getStats()).numberOfDocuments).toBe(2);
    expect(await start()).toEqual([]);
  });
});
