import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { INBOX_SOURCES, type InboxItem, type listModerationInbox } from "@/lib/stewardship/list-moderation-inbox";
import { MODERATION_STATUSES } from "@/lib/stewardship/schemas";

type Inbox = Awaited<ReturnType<typeof listModerationInbox>>;

/** The moderation inbox: corrections, agents' flags and change requests, one status at a time. */
export async function ModerationInbox({
  locale,
  inbox,
  changeStatus,
}: {
  locale: Locale;
  inbox: Inbox;
  changeStatus: (formData: FormData) => Promise<void>;
}) {
  const [t, tc, format] = await Promise.all([
    getTranslations("Stewardship.inbox"),
    getTranslations("Stewardship.correction"),
    getFormatter(),
  ]);
  const tCalls = await getTranslations("Calls");
  const name = (record: { nameFr: string; nameEn: string | null }) =>
    locale === "en" ? (record.nameEn ?? record.nameFr) : record.nameFr;
  const query = (change: { status?: string; source?: string | null }) => {
    const next = { status: inbox.status, source: inbox.source ?? undefined, ...change };
    return Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>;
  };
  const kindLabel = (item: InboxItem) =>
    item.kind === null
      ? t("changeRequestKind")
      : item.source === "correction"
        ? tc(`kinds.${item.kind}` as never)
        : tCalls(`flagReasons.${item.kind}` as never);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="flex flex-wrap gap-8">
        <nav aria-label={t("statusFilter")}>
          <ul className="flex flex-wrap gap-3">
            {MODERATION_STATUSES.map((value) => (
              <li key={value}>
                <Link
                  href={{ pathname: "/admin/moderation", query: query({ status: value }) }}
                  aria-current={value === inbox.status ? "page" : undefined}
                  className={value === inbox.status ? "font-bold" : undefined}
                >
                  {t(`status.${value}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t("sourceFilter")}>
          <ul className="flex flex-wrap gap-3">
            {[null, ...INBOX_SOURCES].map((value) => (
              <li key={value ?? "all"}>
                <Link
                  href={{ pathname: "/admin/moderation", query: query({ source: value }) }}
                  aria-current={value === inbox.source ? "page" : undefined}
                  className={value === inbox.source ? "font-bold" : undefined}
                >
                  {t(`source.${value ?? "all"}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {inbox.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t(`status.${inbox.status}`)}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {(["source", "record", "kind", "text", "date", "action"] as const).map((column) => (
                <th key={column} scope="col" className="p-2">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inbox.items.map((item) => (
              <tr key={`${item.source}-${item.id}`} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  {t(`source.${item.source}`)}
                  {item.from && <span className="block text-slate-700">{item.from}</span>}
                </td>
                <td className="p-2">
                  {item.record?.kind === "service" ? (
                    <Link
                      href={{
                        pathname: "/admin/organizations/[id]",
                        params: { id: item.record.organizationId },
                        query: { service: item.record.id },
                      }}
                    >
                      {t("service")} : {name(item.record)}
                    </Link>
                  ) : item.record ? (
                    <Link href={{ pathname: "/admin/organizations/[id]", params: { id: item.record.id } }}>
                      {t("organization")} : {name(item.record)}
                    </Link>
                  ) : null}
                </td>
                <td className="p-2">{kindLabel(item)}</td>
                <td className="max-w-md whitespace-pre-line p-2">
                  {item.source === "change_request" ? (
                    <Link href={{ pathname: "/admin/moderation/change-requests/[id]", params: { id: item.id } }}>
                      {t("reviewChanges")}
                    </Link>
                  ) : (
                    item.text
                  )}
                </td>
                <td className="p-2">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="p-2">
                  <form action={changeStatus} className="flex gap-2">
                    <input type="hidden" name="source" value={item.source} />
                    <input type="hidden" name="id" value={item.id} />
                    <label className="sr-only" htmlFor={`status-${item.id}`}>
                      {t("statusLabel")}
                    </label>
                    <select
                      id={`status-${item.id}`}
                      name="status"
                      defaultValue={item.status}
                      className="rounded border border-slate-500 px-1"
                    >
                      {MODERATION_STATUSES.filter((s) => item.source !== "change_request" || s !== "applied").map(
                        (value) => (
                          <option key={value} value={value}>
                            {t(`status.${value}`)}
                          </option>
                        ),
                      )}
                    </select>
                    <button type="submit" className="rounded border border-slate-500 px-2 font-medium">
                      {t("change")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
