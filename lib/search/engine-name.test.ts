import { describe, expect, it } from "vitest";
import { configuredEngineName } from "./engine-name";

describe("configuredEngineName", () => {
  it("answers with Meilisearch when one is configured, PostgreSQL otherwise", () => {
    expect(configuredEngineName({})).toBe("postgres");
    expect(configuredEngineName({ MEILI_URL: "http://127.0.0.1:7700" })).toBe("meilisearch");
  });

  it("lets SEARCH_ENGINE choose either way", () => {
    expect(configuredEngineName({ MEILI_URL: "http://127.0.0.1:7700", SEARCH_ENGINE: "postgres" })).toBe("postgres");
    expect(configuredEngineName({ SEARCH_ENGINE: " meilisearch " })).toBe("meilisearch");
  });
});
