import { describe, expect, it } from "vitest";
import { FACET_ATTRIBUTES, FILTERABLE_ATTRIBUTES, indexSettings, SEARCHABLE_ATTRIBUTES, synonymsMap } from "./settings";

describe("index settings", () => {
  it("searches names before organizations, categories and descriptions", () => {
    const order = (field: string) => SEARCHABLE_ATTRIBUTES.indexOf(field as never);
    expect(order("name_fr")).toBe(0);
    expect(order("organization_name_fr")).toBeLessThan(order("category_names_fr"));
    expect(order("category_names_fr")).toBeLessThan(order("description_fr"));
  });

  it("can filter on every facet and every search filter", () => {
    for (const field of FACET_ATTRIBUTES) expect(FILTERABLE_ATTRIBUTES).toContain(field);
    for (const field of ["free", "min_age", "max_age", "status", "always_open", "open_slots", "closed_dates", "_geo"])
      expect(FILTERABLE_ATTRIBUTES).toContain(field);
  });

  it("sorts by geo point and localized names, with French and English tokenization", () => {
    const settings = indexSettings([]);
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["_geo", "name_sort_fr", "name_sort_en"]));
    expect(settings.rankingRules).toContain("sort");
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["*_fr"], locales: ["fra"] },
      { attributePatterns: ["*_en"], locales: ["eng"] },
    ]);
    expect(settings.typoTolerance?.enabled).toBe(true);
  });
});

describe("synonymsMap", () => {
  it("makes every term of a group point to all the others, both languages", () => {
    expect(synonymsMap([["Dépannage alimentaire", "banque alimentaire", "food bank"]])).toEqual({
      "dépannage alimentaire": ["banque alimentaire", "food bank"],
      "banque alimentaire": ["dépannage alimentaire", "food bank"],
      "food bank": ["banque alimentaire", "dépannage alimentaire"],
    });
  });

  it("merges groups sharing a term and ignores blanks and one-term groups", () => {
    const map = synonymsMap([["logement", "housing"], ["logement", "HLM"], ["seul"], [" ", ""]]);
    expect(map.logement).toEqual(["hlm", "housing"]);
    expect(map.housing).toEqual(["logement"]);
    expect(map.seul).toBeUndefined();
    expect(indexSettings([["a", "b"]]).synonyms).toEqual({ a: ["b"], b: ["a"] });
  });
});
