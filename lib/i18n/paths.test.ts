import { describe, expect, it } from "vitest";
import { localizedPathname, pathnameInLocale, type Href } from "./paths";

// The URLs next-intl's getPathname gives for the same pages (it cannot be imported here:
// lib/i18n/navigation.ts loads next/navigation, which Node's ESM loader cannot resolve).
const pages: [Href, string, string][] = [
  ["/", "/fr", "/en"],
  ["/search", "/fr/recherche", "/en/search"],
  [
    { pathname: "/services/[slug]", params: { slug: "banque-é1" } },
    "/fr/services/banque-%C3%A91",
    "/en/services/banque-%C3%A91",
  ],
  [
    { pathname: "/organizations/[slug]", params: { slug: "resto-2bdc" } },
    "/fr/organismes/resto-2bdc",
    "/en/organizations/resto-2bdc",
  ],
  [
    { pathname: "/categories/[code]", params: { code: "food-bank" } },
    "/fr/categories/food-bank",
    "/en/categories/food-bank",
  ],
  ["/sign-in", "/fr/connexion", "/en/sign-in"],
  ["/privacy", "/fr/confidentialite", "/en/privacy"],
  ["/admin", "/fr/admin", "/en/admin"],
  ["/admin/organizations", "/fr/admin/organismes", "/en/admin/organizations"],
  ["/admin/organizations/new", "/fr/admin/organismes/nouveau", "/en/admin/organizations/new"],
  [
    { pathname: "/admin/organizations/[id]", params: { id: "42" } },
    "/fr/admin/organismes/42",
    "/en/admin/organizations/42",
  ],
  [
    { pathname: "/admin/organizations/[id]/history", params: { id: "42" } },
    "/fr/admin/organismes/42/historique",
    "/en/admin/organizations/42/history",
  ],
  ["/admin/services", "/fr/admin/services", "/en/admin/services"],
  ["/admin/taxonomy", "/fr/admin/taxonomie", "/en/admin/taxonomy"],
  ["/admin/users", "/fr/admin/utilisateurs", "/en/admin/users"],
];

describe("localizedPathname", () => {
  it("gives every page's URL in each language", () => {
    for (const [href, fr, en] of pages) {
      expect(localizedPathname(href, "fr")).toBe(fr);
      expect(localizedPathname(href, "en")).toBe(en);
    }
  });

  it("adds the query (repeated keys kept) and no bare ? when it is empty", () => {
    const href: Href = { pathname: "/search", query: { q: "banque alimentaire", category: ["a", "b"] } };
    expect(localizedPathname(href, "fr")).toBe("/fr/recherche?q=banque+alimentaire&category=a&category=b");
    expect(localizedPathname({ pathname: "/categories/[code]", params: { code: "food" }, query: {} }, "en")).toBe(
      "/en/categories/food",
    );
  });
});

describe("pathnameInLocale", () => {
  it("gives the same page, with the same params, in the other language", () => {
    for (const [, fr, en] of pages) {
      expect(pathnameInLocale(fr, "fr", "en")).toBe(en);
      expect(pathnameInLocale(en, "en", "fr")).toBe(fr);
    }
  });

  it("prefers a page without params over a param that happens to match", () => {
    expect(pathnameInLocale("/fr/admin/organismes/nouveau", "fr", "en")).toBe("/en/admin/organizations/new");
    expect(pathnameInLocale("/fr/admin/organismes/nouveau-2", "fr", "en")).toBe("/en/admin/organizations/nouveau-2");
  });

  it("only swaps the locale of paths outside the routing table", () => {
    expect(pathnameInLocale("/fr/nulle-part", "fr", "en")).toBe("/en/nulle-part");
    expect(pathnameInLocale("/en/", "en", "fr")).toBe("/fr");
  });
});
