import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it.each([
    ["/fr/recherche?q=banque", "/[locale]/search"],
    ["/en/search", "/[locale]/search"],
    ["/fr/services/banque-alimentaire-de-levis", "/[locale]/services/[slug]"],
    ["/fr/organismes/entraide", "/[locale]/organizations/[slug]"],
    [
      "/en/admin/organizations/6f1c2a4e-9b7d-4c3e-8a21-0f5e6d7c8b9a/history",
      "/[locale]/admin/organizations/[id]/history",
    ],
    ["/fr", "/[locale]"],
    ["/api/search", "/api/search"],
    ["/api/search/suggest", "/api/search/suggest"],
    ["/api/auth/session", "/api/auth"],
    ["/api/nothing/here", "/api/other"],
    ["/_next/static/chunks/a.js", "/_next"],
    ["/sitemaps/2.xml", "/sitemap"],
    ["/wp-login.php", "other"],
  ])("%s → %s", (path, label) => {
    expect(routeLabel(path)).toBe(label);
  });
});
