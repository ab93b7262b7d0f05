"use client";
import { useSyncExternalStore } from "react";
import { MAX_LIST_ITEMS, parseListSlugs } from "@/lib/lists/list-slugs";

// The list of a visitor without an account: service slugs in this browser's localStorage only
// (no cookie, nothing sent anywhere until they open or share it). Other tabs follow through
// the `storage` event.
const KEY = "r211.list";
const CHANGED = "r211-list-changed";
const EMPTY: string[] = [];
let cache: { raw: string | null; slugs: string[] } = { raw: null, slugs: EMPTY };

function read(): string[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return EMPTY; // storage disabled: the list simply stays empty
  }
  if (raw !== cache.raw) cache = { raw, slugs: raw ? parseListSlugs(raw) : EMPTY };
  return cache.slugs;
}

function write(slugs: string[]) {
  try {
    window.localStorage.setItem(KEY, slugs.slice(0, MAX_LIST_ITEMS).join(","));
  } catch {
    // storage full or disabled: nothing to keep
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The browser's list, or null while rendering on the server (nothing to show without JS). */
export function useBrowserList(): string[] | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export function toggleInBrowserList(slug: string) {
  const slugs = read();
  write(slugs.includes(slug) ? slugs.filter((s) => s !== slug) : [...slugs, slug]);
}

export function clearBrowserList() {
  write([]);
}
