import "server-only";
import { db } from "@/lib/db/client";

/** The MRCs of the regions served, for the statistics' territory filter. */
export async function listMrcs() {
  const rows = await db.municipality.findMany({
    distinct: ["mrc"],
    select: { mrc: true, regionCode: true },
    orderBy: [{ regionCode: "asc" }, { mrc: "asc" }],
  });
  return rows;
}
