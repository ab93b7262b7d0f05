import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";

export type TermNode = {
  id: string;
  code: string;
  nameFr: string;
  nameEn: string | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  parentId: string | null;
  version: number;
  services: number;
  depth: number;
};

/** The whole taxonomy in tree order (depth-first), with how many services each term files. */
export async function listTermsForStaff(actor: Actor | null): Promise<TermNode[]> {
  assertCan(actor, "staff:read");
  const terms = await db.taxonomyTerm.findMany({
    orderBy: [{ position: "asc" }, { code: "asc" }],
    include: { _count: { select: { services: true } } },
  });
  const children = new Map<string | null, typeof terms>();
  for (const term of terms) children.set(term.parentId, [...(children.get(term.parentId) ?? []), term]);
  const ordered: TermNode[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const term of children.get(parentId) ?? []) {
      ordered.push({
        id: term.id,
        code: term.code,
        nameFr: term.nameFr,
        nameEn: term.nameEn,
        descriptionFr: term.descriptionFr,
        descriptionEn: term.descriptionEn,
        parentId: term.parentId,
        version: term.version,
        services: term._count.services,
        depth,
      });
      visit(term.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
