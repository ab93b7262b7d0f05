import { describe, expect, it } from "vitest";
import { ROOT_NEEDS } from "./call-seasons";
import { generateCalls, type CallReference } from "./generate-calls";
import { Random } from "./random";

// A small directory: every need has services in the big town's MRC, none in the small one's.
const codes = [...Object.keys(ROOT_NEEDS), "FOOD.BANK.HOLIDAY", "INCOME.TAX", "HOUSING.SEARCH", "INCOME.ENERGY"];
const reference: CallReference = {
  terms: new Map(codes.map((code, i) => [code, `term-${i}`])),
  municipalities: [
    { id: "big", mrc: "Québec", regionCode: "03", population: 550_000 },
    { id: "small", mrc: "Les Etchemins", regionCode: "12", population: 20_000 },
  ],
  services: new Map(
    Object.keys(ROOT_NEEDS).map((root) => [
      root,
      Array.from({ length: 12 }, (_, i) => ({ id: `${root}-${i}`, mrc: "Québec", regionCode: "03" })),
    ]),
  ),
  agentIds: ["agent-1", "agent-2"],
};

const rows = generateCalls(new Random(211), reference, 12_000);
const termOf = new Map([...reference.terms].map(([code, id]) => [id, code]));
const byMonth = (code: string) => {
  const counts = Array(13).fill(0) as number[];
  const monthOf = new Map(rows.call.map((c) => [c.id, new Date(c.started_at).getUTCMonth() + 1]));
  for (const need of rows.callNeed)
    if (termOf.get(need.taxonomy_term_id) === code) counts[monthOf.get(need.call_id)!]++;
  return counts;
};

describe("demo call history", () => {
  it("is deterministic for a seed", () => {
    expect(generateCalls(new Random(211), reference, 500)).toEqual(generateCalls(new Random(211), reference, 500));
  });

  it("answers on weekdays, 9:00 to 18:00 Québec time, for a year", () => {
    const hour = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", hour: "numeric", hourCycle: "h23" });
    const hours = new Set(rows.call.map((c) => Number(hour.format(new Date(c.started_at)))));
    expect(Math.min(...hours)).toBe(9);
    expect(Math.max(...hours)).toBe(17);
    expect(rows.call.every((c) => ![0, 6].includes(new Date(c.started_at).getUTCDay()))).toBe(true);
    expect(new Set(rows.call.map((c) => c.started_at.slice(0, 7))).size).toBe(12);
  });

  it("follows Québec's seasons", () => {
    const holiday = byMonth("FOOD.BANK.HOLIDAY");
    expect(holiday[12]).toBeGreaterThan(5 * holiday[6]! + 10);
    const tax = byMonth("INCOME.TAX");
    expect(tax[3]! + tax[4]!).toBeGreaterThan(0.7 * tax.reduce((a, b) => a + b, 0));
    const housing = byMonth("HOUSING.SEARCH");
    expect(housing[6]! + housing[7]!).toBeGreaterThan(3 * (housing[11]! + housing[12]!));
    const heating = byMonth("INCOME.ENERGY");
    expect(heating[1]! + heating[12]!).toBeGreaterThan(10 * (heating[7]! + heating[8]! + 1));
  });

  it("leaves more needs unmet where the directory is thin", () => {
    const town = new Map(rows.call.map((c) => [c.id, c.municipality_id ?? c.mrc]));
    const rate = (place: string) => {
      const needs = rows.callNeed.filter(
        (n) => town.get(n.call_id) === place || (place === "small" && town.get(n.call_id) === "Les Etchemins"),
      ).length;
      const unmet = rows.callUnmetNeed.filter(
        (n) => town.get(n.call_id) === place || (place === "small" && town.get(n.call_id) === "Les Etchemins"),
      ).length;
      return unmet / needs;
    };
    expect(rate("small")).toBeGreaterThan(3 * rate("big"));
  });
});
