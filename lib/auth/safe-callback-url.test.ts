import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path of this site under a locale", () => {
    expect(safeCallbackUrl("/fr/admin/organismes?page=2", "fr")).toBe("/fr/admin/organismes?page=2");
    expect(safeCallbackUrl("/en/admin/users", "fr")).toBe("/en/admin/users");
  });

  it.each(["https://evil.example/fr", "//evil.example/fr", "/\\evil.example", "fr/admin", "/admin", "", null, 42])(
    "falls back to the dashboard for %s",
    (value) => {
      expect(safeCallbackUrl(value, "en")).toBe("/en/admin");
    },
  );
});
