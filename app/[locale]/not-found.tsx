import { getTranslations } from "next-intl/server";
import { getHref } from "@/lib/i18n/href";
import { HelplineCallout } from "@/components/layout/helpline-callout";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  const href = await getHref();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <a href={href("/")}>{t("backHome")}</a>
      </p>
      <HelplineCallout compact />
    </div>
  );
}
