import "server-only";
import type { Tx } from "@/lib/db/client";
import { randomBytes } from "node:crypto";

export function slugify(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "fiche"
  );
}

/** A slug not used yet; public URLs keep it even if the record is later renamed. */
export async function uniqueSlug(tx: Tx, table: "organization" | "service", name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    const taken =
      table === "organization"
        ? await tx.organization.findUnique({ where: { slug }, select: { id: true } })
        : await tx.service.findUnique({ where: { slug }, select: { id: true } });
    if (!taken) return slug;
  }
  return `${base}-${randomBytes(6).toString("hex")}`;
}
