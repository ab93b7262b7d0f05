import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { Link } from "@/lib/i18n/navigation";

/**
 * The 403 page of the staff area and of the agents' console (a signed-in person without the
 * page's permission). A community worker is sent back to their lists, staff to the dashboard.
 */
export async function ForbiddenNotice() {
  const [t, actor] = await Promise.all([getTranslations("Admin.forbidden"), getActor()]);
  const worker = actor?.role === "worker";
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href={worker ? "/my-lists" : "/admin"}>{worker ? t("backToLists") : t("back")}</Link>
      </p>
    </div>
  );
}
