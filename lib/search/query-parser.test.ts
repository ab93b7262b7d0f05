import { describe, expect, it } from "vitest";
import { buildClauses, parseQuery, prepareSynonymGroups, toTsQueryText } from "./query-parser";

describe("parseQuery", () => {
  it("ignores accents and case", () => {
    expect(parseQuery("Épicerie").words).toEqual(["epicerie"]);
    expect(parseQuery("ÉPICERIE").words).toEqual(parseQuery("epicerie").words);
    expect(parseQuery("Cœur").words).toEqual(["coeur"]);
  });

  it("removes stop words of both languages, unless nothing else is left", () => {
    expect(parseQuery("où donner des vieux meubles").words).toEqual(["donner", "vieux", "meubles"]);
    expect(parseQuery("where is the food bank").words).toEqual(["food", "bank"]);
    expect(parseQuery("de la").words).toEqual(["de", "la"]);
  });

  it("drops tsquery syntax, NUL and control characters", () => {
    expect(parseQuery("banque:* & | ! ( ) ' \u0000aide\u0007").words).toEqual(["banque", "aide"]);
    expect(parseQuery(":* & | ! ( ) '").words).toEqual([]);
    expect(parseQuery("'; DROP TABLE service; --").words).toEqual(["drop", "table", "service"]);
  });

  it("caps the length of hostile input", () => {
    const parsed = parseQuery("a".repeat(10_000));
    expect(parsed.words).toEqual([]);
    expect(parseQuery("mot ".repeat(5000)).words.length).toBeLessThanOrEqual(12);
  });

  it("prefix-matches the last word only while it is being typed", () => {
    expect(parseQuery("banq").prefixLast).toBe(true);
    expect(parseQuery("banq ").prefixLast).toBe(false);
    expect(parseQuery("meubles de").prefixLast).toBe(false); // last typed word is a stop word
  });
});

describe("buildClauses and toTsQueryText", () => {
  const synonyms = prepareSynonymGroups([
    ["banque alimentaire", "aide alimentaire", "food bank"],
    ["meubles", "furniture"],
  ]);

  it("expands the longest synonym phrase into alternatives", () => {
    const clauses = buildClauses(parseQuery("banque alimentaire levis "), synonyms);
    expect(clauses).toEqual([
      {
        alternatives: [
          ["banque", "alimentaire"],
          ["aide", "alimentaire"],
          ["food", "bank"],
        ],
        prefix: false,
      },
      { alternatives: [["levis"]], prefix: false },
    ]);
    expect(toTsQueryText(clauses, "all")).toBe(
      "(('banque' & 'alimentaire') | ('aide' & 'alimentaire') | ('food' & 'bank')) & (('levis'))",
    );
  });

  it("applies typo corrections before synonyms and keeps the original word", () => {
    const corrected = buildClauses(parseQuery("meuble"), synonyms, new Map([["meuble", "meubles"]]));
    expect(corrected[0].alternatives).toEqual([["meubles"], ["furniture"]]);
    const plain = buildClauses(parseQuery("alimantaire "), [], new Map([["alimantaire", "alimentaire"]]));
    expect(plain[0].alternatives).toEqual([["alimantaire"], ["alimentaire"]]);
  });

  it("marks the last plain word as a prefix and joins with OR in relaxed mode", () => {
    const clauses = buildClauses(parseQuery("aide banq"), []);
    expect(toTsQueryText(clauses, "any")).toBe("(('aide')) | (('banq':*))");
  });

  it("restricts every word to the names' weight on demand, prefixes included", () => {
    const clauses = buildClauses(parseQuery("aide banq"), []);
    expect(toTsQueryText(clauses, "all", { inNames: true })).toBe("(('aide':A)) & (('banq':*A))");
  });
});
