import type { SearchLocale } from "./types";

/** The language of an API answer: `lang` when valid, else the best of Accept-Language, else French. */
export function apiLocale(lang: string | null, acceptLanguage: string | null): SearchLocale {
  if (lang === "fr" || lang === "en") return lang;
  const ranked = (acceptLanguage ?? "")
    .slice(0, 500)
    .split(",")
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(";");
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("fr")) return "fr";
    if (tag.startsWith("en")) return "en";
  }
  return "fr";
}
