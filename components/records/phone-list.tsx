import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import { phoneHref } from "@/lib/directory/phone-links";
import { formatPhone } from "@/lib/format/phone";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export type PhoneItem = {
  id: string;
  number: string;
  extension: string | null;
  type: string;
  description: LocalizedText | null;
};

const TYPES = ["voice", "toll_free", "fax", "text", "tty"] as const;

/** Every phone with its type; dialable ones are links, a fax number is plain text. */
export async function PhoneList({ phones }: { phones: PhoneItem[] }) {
  if (!phones.length) return null;
  const t = await getTranslations("Service");
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="space-y-1">
      {phones.map((phone) => {
        const type = TYPES.find((known) => known === phone.type) ?? "voice";
        const label = formatPhone(phone.number, phone.extension, locale);
        const href = phoneHref(phone.number, phone.extension, type);
        return (
          <li key={phone.id}>
            <span className="font-medium">{t("phoneTypeLabel", { type: t(`phoneTypes.${type}`) })}</span>{" "}
            {href ? (
              <a href={href} className="font-semibold whitespace-nowrap">
                {label}
              </a>
            ) : (
              <span className="whitespace-nowrap">{label}</span>
            )}
            {phone.description && (
              <>
                {" "}
                <Localized value={phone.description} className="text-slate-700" />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
