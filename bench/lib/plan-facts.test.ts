import { describe, expect, it } from "vitest";
import { planFacts, type ExplainJson } from "./plan-facts";

const explain: ExplainJson = [
  {
    "Planning Time": 0.8,
    "Execution Time": 4.2,
    Plan: {
      "Node Type": "Aggregate",
      "Shared Hit Blocks": 120,
      "Shared Read Blocks": 3,
      Plans: [
        {
          "Node Type": "Bitmap Heap Scan",
          "Relation Name": "search_document",
          Plans: [
            {
              "Node Type": "BitmapOr",
              Plans: [
                { "Node Type": "Bitmap Index Scan", "Index Name": "search_document_tsv_fr_idx" },
                { "Node Type": "Bitmap Index Scan", "Index Name": "search_document_tsv_en_idx" },
              ],
            },
          ],
        },
        { "Node Type": "Seq Scan", "Relation Name": "region" },
        { "Node Type": "Seq Scan", "Relation Name": "region" },
      ],
    },
  },
];

describe("planFacts", () => {
  it("collects timings, buffers, sequential scans and indexes of the whole tree", () => {
    expect(planFacts(explain)).toEqual({
      planningMs: 0.8,
      executionMs: 4.2,
      buffers: 123,
      seqScans: ["region"],
      indexes: ["search_document_tsv_en_idx", "search_document_tsv_fr_idx"],
    });
  });

  it("sees a sequential scan of the search table", () => {
    const seq: ExplainJson = [
      {
        "Planning Time": 1,
        "Execution Time": 90,
        Plan: { "Node Type": "Seq Scan", "Relation Name": "search_document" },
      },
    ];
    expect(planFacts(seq).seqScans).toEqual(["search_document"]);
    expect(planFacts(seq).buffers).toBe(0);
  });
});
