import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Rendered with status 403 when a signed-in staff member (a viewer) may not take calls. */
export default async function Forbidden() {
  const t = await getTranslations("Admin.forbidden");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
    </div>
  );
}
