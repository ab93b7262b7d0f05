const MAX = 200;

/** The first sentence(s) of a description, at most ~200 characters, cut at a word if needed. */
export function summarize(text: string | null | undefined): string | null {
  const clean = text?.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [clean];
  let summary = "";
  for (const sentence of sentences) {
    const next = (summary + " " + sentence.trim()).trim();
    if (next.length > MAX) break;
    summary = next;
  }
  if (summary) return summary;
  const cut = clean.slice(0, MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX * 0.6)).trimEnd()}…`;
}
