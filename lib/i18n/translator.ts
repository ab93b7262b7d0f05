// use-intl's core (next-intl's own engine) rather than "next-intl": scripts run under the
// react-server condition, where next-intl's entry pulls in React client hooks.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./routing";

type Messages = typeof fr;
export type MessagesNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const messagesOf = (locale: string) => (locale === "en" ? en : fr);
const localeOf = (locale: string): Locale => (locale === "en" ? "en" : "fr");

/**
 * Messages in a language chosen by the data, not by the request: a referral sheet in English
 * from a French page, an email in the recipient's language, and the same code in scripts and
 * tests (where next-intl's request-bound getTranslations does not exist).
 */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesOf(locale) });
}

/** The same, for one namespace ("Stewardship.email", …). */
export function namespacedTranslator<N extends MessagesNamespace>(locale: string, namespace: N) {
  return createTranslator({ locale: localeOf(locale), messages: messagesOf(locale), namespace });
}

export type Translator = ReturnType<typeof translator>;
