import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./routing";

type Tree = { [key: string]: string | Tree };

/**
 * One namespace of the messages, outside any request (route handlers choose the language from
 * `lang` or Accept-Language; scripts have no React). For messages without ICU arguments, so a
 * lookup is all that is needed.
 */
export function namespaceTranslator(namespace: keyof typeof fr, locale: Locale) {
  const tree = (locale === "en" ? en : fr)[namespace] as Tree;
  const lookup = (key: string): string | undefined => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    return typeof node === "string" ? node : undefined;
  };
  const t = (key: string) => lookup(key) ?? key;
  t.has = (key: string) => lookup(key) !== undefined;
  return t;
}
