import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/lib/i18n/localized";

/**
 * Record content in the page's language; when only the other language exists, the text
 * is shown with its own `lang` and a visible marker, so nothing is silently untranslated.
 */
export async function Localized({
  value,
  as: Tag = "span",
  className,
}: {
  value: LocalizedText | null;
  as?: "span" | "p" | "div";
  className?: string;
}) {
  if (!value) return null;
  if (!value.isFallback) return <Tag className={className}>{value.text}</Tag>;
  const t = await getTranslations("Common");
  return (
    <Tag className={className}>
      <span lang={value.lang}>{value.text}</span>{" "}
      <span className="ml-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
        {value.lang === "fr" ? t("frenchOnly") : t("englishOnly")}
      </span>
    </Tag>
  );
}
