// Pure reading of an `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` result.

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};
export type ExplainJson = [{ Plan: PlanNode; "Planning Time": number; "Execution Time": number }];

export type PlanFacts = {
  planningMs: number;
  executionMs: number;
  /** Shared buffers hit + read by the whole plan (the root's counts include its children). */
  buffers: number;
  seqScans: string[];
  indexes: string[];
};

export function planFacts(explain: ExplainJson): PlanFacts {
  const [top] = explain;
  const seqScans = new Set<string>();
  const indexes = new Set<string>();
  const visit = (node: PlanNode) => {
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
    if (node["Index Name"]) indexes.add(node["Index Name"]);
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(top.Plan);
  return {
    planningMs: top["Planning Time"],
    executionMs: top["Execution Time"],
    buffers: (top.Plan["Shared Hit Blocks"] ?? 0) + (top.Plan["Shared Read Blocks"] ?? 0),
    seqScans: [...seqScans].sort(),
    indexes: [...indexes].sort(),
  };
}
