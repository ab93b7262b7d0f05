// use-intl's core (next-intl's own engine) rather than "next-intl": scripts run under the
// react-server condition, where next-intl's entry pulls in React client hooks.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

type Messages = typeof fr;
export type StewardshipNamespace = Extract<NamespaceKeys<Messages, NestedKeyOf<Messages>>, `Stewardship.${string}`>;

/**
 * The "Stewardship" messages outside a page render: route handlers, emails, scripts and tests
 * choose the language themselves (the record's contact, `lang`, the form's locale).
 */
export function stewardshipTranslator<N extends StewardshipNamespace>(locale: string, namespace: N) {
  return createTranslator({ locale: locale === "en" ? "en" : "fr", messages: locale === "en" ? en : fr, namespace });
}
