import "server-only";
import { slugify } from "@/lib/directory/slug";
import { str, texts, uuidOrNull } from "./hsds-values";
import { auditImport, type ImportContext } from "./import-context";
import type { Json } from "./read-hsds-json";

/**
 * The term an HSDS taxonomy term designates: ours with that id or code, else a new term of its
 * taxonomy (existing terms are never renamed by an import: the taxonomy screen owns them).
 * Returns our id and whether it was created, or null when the term has no name.
 */
export async function importTaxonomyTerm(ctx: ImportContext, term: Json) {
  const { tx } = ctx;
  const known = ctx.reference.terms;
  const id = uuidOrNull(term.id);
  const code = (str(term.code) ?? "")
    .toUpperCase()
    .replace(/[^A-Z0-9.-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const seen = (id && known.get(`id:${id}`)) || (code && known.get(`code:${code}`));
  if (seen) return { id: seen, created: false };
  const existing =
    (id ? await tx.taxonomyTerm.findUnique({ where: { id }, select: { id: true } }) : null) ??
    (code ? await tx.taxonomyTerm.findUnique({ where: { code }, select: { id: true } }) : null);
  const remember = (termId: string) => {
    if (id) known.set(`id:${id}`, termId);
    if (code) known.set(`code:${code}`, termId);
  };
  if (existing) {
    remember(existing.id);
    return { id: existing.id, created: false };
  }
  const name = texts(term, "name");
  if (!name.fr) return null;
  const description = texts(term, "description");
  const parentId = uuidOrNull(term.parent_id);
  const parent = parentId ? await tx.taxonomyTerm.findUnique({ where: { id: parentId }, select: { id: true } }) : null;
  const finalCode = code || `IMPORT-${slugify(name.fr).toUpperCase()}`;
  const taken = await tx.taxonomyTerm.findFirst({ where: { OR: [{ code: finalCode }, { slug: slugify(finalCode) }] } });
  const created = await tx.taxonomyTerm.create({
    data: {
      ...(id ? { id } : {}),
      code: taken ? `${finalCode}-${(id ?? crypto.randomUUID()).slice(0, 8).toUpperCase()}` : finalCode,
      slug: taken ? `${slugify(finalCode)}-${(id ?? crypto.randomUUID()).slice(0, 8)}` : slugify(finalCode),
      nameFr: name.fr,
      nameEn: name.en,
      descriptionFr: description.fr === name.fr ? null : description.fr,
      descriptionEn: description.en === name.en ? null : description.en,
      parentId: parent?.id ?? null,
      taxonomy: str(term.taxonomy) ?? "imported",
    },
  });
  remember(created.id);
  auditImport(ctx, {
    action: "taxonomy_term.import_create",
    entityType: "taxonomy_term",
    entityId: created.id,
    after: { importId: ctx.importId, source: ctx.source, code: created.code, nameFr: created.nameFr },
  });
  return { id: created.id, created: true };
}
