import { describe, expect, it } from "vitest";
import { listTopCategories } from "@/lib/directory/list-top-categories";
import { createService, createTaxonomyTerm } from "@/tests/factories/directory";

describe("listTopCategories", () => {
  it("counts public services at any depth under each top-level term, in the page's language", async () => {
    const food = await createTaxonomyTerm({ code: "FOODX", nameFr: "Alimentation", nameEn: "Food" });
    const bank = await createTaxonomyTerm({ code: "FOODX.BANK", nameFr: "Banques alimentaires", parentId: food.id });
    await createTaxonomyTerm({ code: "LEGALX", nameFr: "Juridique", nameEn: null });
    await createService({ taxonomyTermIds: [bank.id] });
    await createService({ taxonomyTermIds: [food.id, bank.id] });
    await createService({ taxonomyTermIds: [bank.id], status: "defunct" });

    const english = await listTopCategories("en");
    expect(english.map((c) => [c.code, c.name.text, c.name.isFallback, c.serviceCount])).toEqual([
      ["FOODX", "Food", false, 2],
      ["LEGALX", "Juridique", true, 0],
    ]);
  });
});
