import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "@/prisma/seed/data/municipalities";
import { TAXONOMY, type TaxonomyTermSeed } from "@/prisma/seed/data/taxonomy";
import { searchPath, share, validateQueryMix, wordCount, type QueryMix } from "./query-mix";

const mix: QueryMix = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../query-mix.json"), "utf8"));

function codes(terms: TaxonomyTermSeed[]): string[] {
  return terms.flatMap((term) => [term.code, ...codes(term.children ?? [])]);
}

describe("bench/query-mix.json", () => {
  it("is a valid mix whose filters name real categories and municipalities", () => {
    const known = {
      categories: new Set(codes(TAXONOMY)),
      municipalities: new Set(MUNICIPALITIES.map((m) => m.code)),
    };
    expect(validateQueryMix(mix, known)).toEqual([]);
  });

  it("has the issue's proportions", () => {
    expect(mix.queries.length).toBe(200);
    expect(share(mix, "typo")).toBeCloseTo(0.2, 1);
    expect(share(mix, "filter")).toBeCloseTo(0.3, 1);
    expect(share(mix, "near")).toBeCloseTo(0.1, 1);
  });
});

describe("validateQueryMix", () => {
  const base = (): QueryMix => structuredClone(mix);

  it("catches queries of more than three words and empty queries without filters", () => {
    const broken = base();
    broken.queries[0] = { id: broken.queries[0].id, params: { q: "un deux trois quatre", lang: "fr" }, tags: [] };
    broken.queries[1] = { id: broken.queries[1].id, params: { q: " ", lang: "en" }, tags: [] };
    const problems = validateQueryMix(broken);
    expect(problems.some((p) => p.includes("more than 3 words"))).toBe(true);
    expect(problems.some((p) => p.includes("needs a filter"))).toBe(true);
  });

  it("catches unknown parameters, wrong tags and unknown codes", () => {
    const broken = base();
    broken.queries[0] = { id: broken.queries[0].id, params: { q: "x", lang: "fr", sort: "name" }, tags: [] };
    broken.queries[1] = { id: broken.queries[1].id, params: { q: "x", lang: "fr", region: "03" }, tags: [] };
    broken.queries[2] = {
      id: broken.queries[2].id,
      params: { q: "x", lang: "fr", category: "NOPE" },
      tags: ["filter"],
    };
    const problems = validateQueryMix(broken, { categories: new Set(["FOOD"]) });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("unknown parameter sort"),
        expect.stringContaining('"filter" tag disagrees'),
        expect.stringContaining("unknown category NOPE"),
      ]),
    );
  });

  it("catches a mix whose shares drift", () => {
    const noTypos = base();
    for (const entry of noTypos.queries) entry.tags = entry.tags.filter((tag) => tag !== "typo");
    expect(validateQueryMix(noTypos)).toContainEqual(expect.stringContaining('share of "typo" is 0%'));
  });
});

describe("helpers", () => {
  it("counts words and builds encoded API paths", () => {
    expect(wordCount("  halte-garderie  ")).toBe(1);
    expect(wordCount("")).toBe(0);
    expect(searchPath({ q: "aide impôt", lang: "fr", free: "1" }, { per_page: "10" })).toBe(
      "/api/search?q=aide+imp%C3%B4t&lang=fr&free=1&per_page=10",
    );
  });
});
