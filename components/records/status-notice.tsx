import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import type { LocalizedText } from "@/lib/i18n/localized";

/** "Temporarily closed" and the record's public alert, above everything else. */
export async function StatusNotice({ status, alert }: { status: string; alert: LocalizedText | null }) {
  if (status !== "temporarily_closed" && !alert) return null;
  const t = await getTranslations("Service");
  return (
    <div
      role="note"
      aria-labelledby="status-notice-title"
      className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4"
    >
      <h2 id="status-notice-title" className="font-bold">
        {t("notice")}
      </h2>
      {status === "temporarily_closed" && <p className="font-semibold">{t("temporarilyClosed")}</p>}
      <Localized value={alert} as="p" />
    </div>
  );
}
