import "server-only";
import { slugify } from "@/lib/directory/slug";
import { str, texts, uuidOrNull } from "./hsds-values";
import { auditImport, type ImportContext } from "./import-context";
import { rememberTerm } from "./import-reference";
import type { Json } from "./read-hsds-json";

/**
 * The term an HSDS taxonomy term designates: ours with that id or code, else a new term of its
 * taxonomy (existing terms are never renamed by an import: the taxonomy screen owns them).
 * Returns our id and whether it was created, or null when the term has no name. Terms are
 * looked up in the import's reference (every term, read once), and created at once: a child
 * term names its parent.
 */
export async function importTaxonomyTerm(ctx: ImportContext, term: Json) {
  const known = ctx.reference.terms;
  const id = uuidOrNull(term.id);
  const code = (str(term.code) ?? "")
    .toUpperCase()
    .replace(/[^A-Z0-9.-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const existing = (id && known.get(`id:${id}`)) || (code && known.get(`code:${code}`));
  if (existing) return { id: existing, created: false };
  const name = texts(term, "name");
  if (!name.fr) return null;
  const description = texts(term, "description");
  const parentId = uuidOrNull(term.parent_id);
  const finalCode = code || `IMPORT-${slugify(name.fr).toUpperCase()}`;
  const taken = known.has(`code:${finalCode}`) || known.has(`slug:${slugify(finalCode)}`);
  const created = await ctx.tx.taxonomyTerm.create({
    data: {
      ...(id ? { id } : {}),
      code: taken ? `${finalCode}-${(id ?? crypto.randomUUID()).slice(0, 8).toUpperCase()}` : finalCode,
      slug: taken ? `${slugify(finalCode)}-${(id ?? crypto.randomUUID()).slice(0, 8)}` : slugify(finalCode),
      nameFr: name.fr,
      nameEn: name.en,
      descriptionFr: description.fr === name.fr ? null : description.fr,
      descriptionEn: description.en === name.en ? null : description.en,
      parentId: (parentId && known.get(`id:${parentId}`)) || null,
      taxonomy: str(term.taxonomy) ?? "imported",
    },
  });
  rememberTerm(ctx.reference, created);
  auditImport(ctx, {
    action: "taxonomy_term.import_create",
    entityType: "taxonomy_term",
    entityId: created.id,
    after: { importId: ctx.importId, source: ctx.source, code: created.code, nameFr: created.nameFr },
  });
  return { id: created.id, created: true };
}
