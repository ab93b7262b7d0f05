import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./routing";

/**
 * Messages in a language chosen by the data, not by the request: a referral sheet in English
 * from a French page, an email in the recipient's language, and the same code in scripts and
 * tests (where next-intl's request-bound getTranslations does not exist).
 */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "en" ? en : fr });
}

export type Translator = ReturnType<typeof translator>;
