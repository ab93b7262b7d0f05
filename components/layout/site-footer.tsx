import { getTranslations } from "next-intl/server";
import { getHref } from "@/lib/i18n/href";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tPrivacy = await getTranslations("Privacy");
  const href = await getHref();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-slate-700">
        <p>{t("footerAbout")}</p>
        <p>{t("footerPrivacy")}</p>
        {/* Targets at least 24 px tall with room between them (WCAG 2.2 target size; Lighthouse
            found these links too small and too close on a phone once they wrapped). */}
        <nav aria-label={t("footerNav")} className="flex flex-wrap gap-x-4 gap-y-1">
          <a className="inline-block py-1" href={href("/privacy")}>
            {tPrivacy("footerLink")}
          </a>
          <a className="inline-block py-1" href={href("/my-lists")}>
            {t("footerWorkers")}
          </a>
          <a className="inline-block py-1" href={href("/admin")}>
            {t("footerStaff")}
          </a>
        </nav>
      </div>
    </footer>
  );
}
