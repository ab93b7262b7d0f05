// `next build` with a distDir other than `.next` adds "<distDir>/types/**/*.ts" (and the dev
// variant) to tsconfig.json's include. The benchmark takes its own entries out again, so that a
// run leaves the tree as it found it, even when other builds edited the file meanwhile.

/** The tsconfig text to write back, or null when the build added nothing of ours. */
export function withoutDistIncludes(before: string, after: string, distDir: string): string | null {
  const parsed = JSON.parse(after) as { include?: string[] };
  const ours = (entry: string) => entry.startsWith(`${distDir}/`);
  if (!parsed.include?.some(ours)) return null;
  parsed.include = parsed.include.filter((entry) => !ours(entry));
  try {
    // Only our entries changed: the original text, formatting included.
    if (JSON.stringify(JSON.parse(before)) === JSON.stringify(parsed)) return before;
  } catch {
    // the earlier text was not JSON: fall through
  }
  // Someone else changed it too: keep their change, drop ours (Next writes 2-space JSON).
  return `${JSON.stringify(parsed, null, 2)}\n`;
}
