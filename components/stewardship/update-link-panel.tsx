import { getFormatter, getTranslations } from "next-intl/server";
import type { listUpdateLinks } from "@/lib/stewardship/list-update-links";
import type { UpdateLinkState } from "@/lib/stewardship/update-link-state";
import { UpdateLinkForm } from "./update-link-form";

/** The organization's update contact, its open links (revocable) and a form for a new one. */
export async function UpdateLinkPanel({
  organizationId,
  data,
  create,
  revoke,
}: {
  organizationId: string;
  data: Awaited<ReturnType<typeof listUpdateLinks>>;
  create: (state: UpdateLinkState, formData: FormData) => Promise<UpdateLinkState>;
  revoke: (formData: FormData) => Promise<void>;
}) {
  const [t, format] = await Promise.all([getTranslations("Stewardship.links"), getFormatter()]);
  return (
    <section aria-labelledby="update-links-title" className="space-y-3 rounded-md border border-slate-300 p-4">
      <h3 id="update-links-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {data.links.length > 0 && (
        <ul className="space-y-2 text-sm">
          {data.links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-3">
              <span>
                {t("open", {
                  created: format.dateTime(link.createdAt, { dateStyle: "medium" }),
                  expires: format.dateTime(link.expiresAt, { dateStyle: "medium" }),
                  who: link.createdBy?.name ?? t(`origin.${link.origin === "reminder" ? "reminder" : "editor"}`),
                })}
              </span>
              <form action={revoke}>
                <input type="hidden" name="linkId" value={link.id} />
                <button type="submit" className="rounded border border-slate-500 px-2 font-medium">
                  {t("revoke")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <UpdateLinkForm
        action={create}
        organizationId={organizationId}
        contact={data.contact}
        labels={{ email: t("email"), locale: t("locale"), send: t("send"), create: t("create"), url: t("url") }}
      />
    </section>
  );
}
