import "server-only";
import type { Tx } from "@/lib/db/client";

/** The term and all its descendants, following parent links (codes may not follow moves). */
export async function subtreeIds(tx: Tx, termId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM taxonomy_term WHERE id = ${termId}::uuid
      UNION
      SELECT t.id FROM taxonomy_term t JOIN tree ON t.parent_id = tree.id
    )
    SELECT id::text FROM tree`;
  return rows.map((row) => row.id);
}

/** Services filed under any term of the subtree: their documents carry its names and ancestry. */
export async function subtreeServiceIds(tx: Tx, termId: string): Promise<string[]> {
  const terms = await subtreeIds(tx, termId);
  const links = await tx.serviceTaxonomyTerm.findMany({
    where: { termId: { in: terms } },
    select: { serviceId: true },
    distinct: ["serviceId"],
  });
  return links.map((link) => link.serviceId);
}

export const termSnapshot = (term: {
  code: string;
  nameFr: string;
  nameEn: string | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  parentId: string | null;
}) => ({
  code: term.code,
  nameFr: term.nameFr,
  nameEn: term.nameEn,
  descriptionFr: term.descriptionFr,
  descriptionEn: term.descriptionEn,
  parentId: term.parentId,
});
