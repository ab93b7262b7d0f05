import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { HelplineCallout } from "@/components/layout/helpline-callout";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
      <HelplineCallout compact />
    </div>
  );
}
