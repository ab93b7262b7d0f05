import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { getHref } from "@/lib/i18n/href";

/**
 * The 403 page of the staff area and of the agents' console (a signed-in person without the
 * page's permission). A community worker is sent back to their lists, staff to the dashboard.
 */
export async function ForbiddenNotice() {
  const [t, actor, href] = await Promise.all([getTranslations("Admin.forbidden"), getActor(), getHref()]);
  const worker = actor?.role === "worker";
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        {/* A plain link: this notice is the [locale] segment's 403 boundary, and next/link here
            would put its code in a chunk that every page of the site loads (bench: +4.8 KB). */}
        <a href={href(worker ? "/my-lists" : "/admin")}>{worker ? t("backToLists") : t("back")}</a>
      </p>
    </div>
  );
}
