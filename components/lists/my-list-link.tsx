"use client";
import { useBrowserList } from "./browser-list";

/** `withCount` holds "{count}", e.g. "Ma liste ({count})". */
type Props = { href: string; label: string; withCount: string };

/**
 * The header's link to the browser's list, with how many services it holds. Without
 * JavaScript it is a plain link to the (empty) list page, which explains how to fill it.
 */
export function MyListLink({ href, label, withCount }: Props) {
  const list = useBrowserList();
  const query = list?.length ? `?services=${list.join(",")}` : "";
  return (
    <a href={`${href}${query}`} className="text-white">
      {list ? withCount.replace("{count}", String(list.length)) : label}
    </a>
  );
}
