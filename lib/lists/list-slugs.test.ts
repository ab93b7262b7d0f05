import { describe, expect, it } from "vitest";
import { MAX_LIST_ITEMS, parseListSlugs } from "./list-slugs";

describe("parseListSlugs", () => {
  it("reads a comma-separated list in order, without duplicates", () => {
    expect(parseListSlugs("banque-levis,cab-beauce, banque-levis")).toEqual(["banque-levis", "cab-beauce"]);
  });

  it("reads a repeated parameter", () => {
    expect(parseListSlugs(["a-1", "b-2,c-3"])).toEqual(["a-1", "b-2", "c-3"]);
  });

  it("drops what is not a slug", () => {
    expect(parseListSlugs("ok,../etc,<script>,-bad,bad-,,%20,Été")).toEqual(["ok"]);
    expect(parseListSlugs(undefined)).toEqual([]);
    expect(parseListSlugs({ toString: () => "x" })).toEqual([]);
  });

  it("keeps at most the maximum", () => {
    const many = Array.from({ length: 80 }, (_, i) => `s-${i}`).join(",");
    expect(parseListSlugs(many)).toHaveLength(MAX_LIST_ITEMS);
  });
});
