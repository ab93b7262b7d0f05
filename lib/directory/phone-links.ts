import type { PhoneType } from "@/lib/db/generated/enums";
import { telHref } from "@/lib/format/phone";

/** Phone types a person can dial; a fax number is shown but never linked. */
const DIALABLE: ReadonlySet<string> = new Set<PhoneType>(["voice", "toll_free", "tty"]);

/** `tel:` for voice, toll-free and TTY lines, `sms:` for text lines, `null` for fax. */
export function phoneHref(number: string, extension: string | null | undefined, type: string): string | null {
  if (DIALABLE.has(type)) return telHref(number, extension);
  if (type === "text") return `sms:${telHref(number).slice("tel:".length)}`;
  return null;
}

/** The first dialable phone in display order: the one a search result shows. */
export function mainPhone<T extends { type: string }>(phones: readonly T[]): T | null {
  return phones.find((phone) => DIALABLE.has(phone.type)) ?? null;
}
