import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { SearchLocale } from "./types";

type Tree = { [key: string]: string | Tree };

/**
 * The "SearchApi" messages, outside any request (route handlers choose the language from
 * `lang` or Accept-Language; the engine labels facets; scripts have no React). These messages
 * have no ICU arguments, so a lookup is all that is needed.
 */
export function searchApiTranslator(locale: SearchLocale) {
  const tree = (locale === "en" ? en : fr).SearchApi as Tree;
  const lookup = (key: string): string | undefined => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    return typeof node === "string" ? node : undefined;
  };
  const t = (key: string) => lookup(key) ?? key;
  t.has = (key: string) => lookup(key) !== undefined;
  return t;
}
