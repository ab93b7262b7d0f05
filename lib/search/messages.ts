import { namespaceTranslator } from "@/lib/i18n/namespace-translator";
import type { SearchLocale } from "./types";

/** The "SearchApi" messages (route handlers, the engine's facet labels, scripts). */
export function searchApiTranslator(locale: SearchLocale) {
  return namespaceTranslator("SearchApi", locale);
}
