// Readable, accent-free, unique slugs: "banque-alimentaire-de-levis-3f2a". The random suffix
// keeps URLs stable when two records share a name; the set catches the rare collision.
import type { Random } from "./random";

export function slugify(text: string) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 70)
    .replace(/-+$/, "");
}

export class SlugSet {
  private readonly used = new Set<string>();
  // Service names repeat across thousands of records: slugify each distinct name once.
  private readonly bases = new Map<string, string>();

  constructor(private readonly random: Random) {}

  make(name: string) {
    let base = this.bases.get(name);
    if (base === undefined) this.bases.set(name, (base = slugify(name)));
    for (;;) {
      const slug = `${base}-${this.random.shortId()}`;
      if (!this.used.has(slug)) {
        this.used.add(slug);
        return slug;
      }
    }
  }
}
