import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";

// uniqueSlug (lib/directory/slug.ts) for a whole chunk at once: the same slugs — the name's,
// else the name's with a random suffix — found with one query per table instead of one per record.

async function taken(tx: Tx, table: "organization" | "service", slugs: string[]) {
  if (slugs.length === 0) return new Set<string>();
  const where = { slug: { in: slugs } };
  const rows =
    table === "organization"
      ? await tx.organization.findMany({ where, select: { slug: true } })
      : await tx.service.findMany({ where, select: { slug: true } });
  return new Set(rows.map((row) => row.slug));
}

/** Rows arrive with their name's slug; each leaves with a slug used nowhere else. */
export async function allocateSlugs(tx: Tx, table: "organization" | "service", rows: { slug: string }[]) {
  const inDatabase = await taken(
    tx,
    table,
    rows.map((row) => row.slug),
  );
  const used = new Set<string>();
  const suffixed: { slug: string }[] = [];
  for (const row of rows) {
    if (!inDatabase.has(row.slug) && !used.has(row.slug)) {
      used.add(row.slug);
      continue;
    }
    const base = row.slug;
    do row.slug = `${base}-${randomBytes(3).toString("hex")}`;
    while (used.has(row.slug));
    used.add(row.slug);
    suffixed.push(row);
  }
  // A random suffix already taken is all but impossible; checked anyway, then a longer one.
  const clashes = await taken(
    tx,
    table,
    suffixed.map((row) => row.slug),
  );
  for (const row of suffixed) if (clashes.has(row.slug)) row.slug = `${row.slug}-${randomBytes(6).toString("hex")}`;
}
