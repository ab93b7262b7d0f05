"use client";
import { toggleInBrowserList, useBrowserList } from "./browser-list";

// Inside its service's card or page (named by it); aria-pressed says whether it is saved.
type Props = { slug: string; labels: { add: string; remove: string } };

/** "Add to my list" / "Remove" on a result or a record; rendered only where JavaScript runs. */
export function SaveButton({ slug, labels }: Props) {
  const list = useBrowserList();
  if (!list) return null;
  const saved = list.includes(slug);
  return (
    <button
      type="button"
      aria-pressed={saved}
      onClick={() => toggleInBrowserList(slug)}
      className="rounded border border-brand-700 px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 print:hidden"
    >
      {saved ? labels.remove : labels.add}
    </button>
  );
}
