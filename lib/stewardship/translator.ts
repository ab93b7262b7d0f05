import { namespacedTranslator, type MessagesNamespace } from "@/lib/i18n/translator";

export type StewardshipNamespace = Extract<MessagesNamespace, `Stewardship.${string}`>;

/**
 * The "Stewardship" messages outside a page render: route handlers, emails, scripts and tests
 * choose the language themselves (the record's contact, `lang`, the form's locale).
 */
export function stewardshipTranslator<N extends StewardshipNamespace>(locale: string, namespace: N) {
  return namespacedTranslator(locale, namespace);
}
