import "server-only";
import { db } from "@/lib/db/client";

/** The vocabularies in use (HSDS "taxonomies"): the directory's own, plus any imported one. */
export async function listTaxonomyNames(): Promise<string[]> {
  const rows = await db.taxonomyTerm.findMany({
    distinct: ["taxonomy"],
    select: { taxonomy: true },
    orderBy: { taxonomy: "asc" },
  });
  return rows.map((row) => row.taxonomy);
}
