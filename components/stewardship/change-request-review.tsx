import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { getChangeRequest } from "@/lib/stewardship/get-change-request";
import { describeValue, type FieldValue } from "@/lib/stewardship/field-values";

type Request = Awaited<ReturnType<typeof getChangeRequest>>;

/**
 * An organization's proposed changes, field by field (old → new), each accepted or not. A field
 * edited in the record since the request shows its value now beside both (the merge view), and
 * is left unticked: the editor chooses, and the versions shown are posted back (`seen`).
 */
export async function ChangeRequestReview({
  locale,
  request,
  apply,
  error,
  applied,
}: {
  locale: Locale;
  request: Request;
  apply: (formData: FormData) => Promise<void>;
  error: string | null;
  applied: boolean;
}) {
  const [t, tf, format] = await Promise.all([
    getTranslations("Stewardship.changeRequest"),
    getTranslations("Stewardship.update.fields"),
    getFormatter(),
  ]);
  const name = (record: { nameFr: string; nameEn: string | null } | null) =>
    record ? (locale === "en" ? (record.nameEn ?? record.nameFr) : record.nameFr) : "—";
  const context = {
    locale,
    empty: t("empty"),
    hours: { alwaysOpen: t("hours.alwaysOpen"), closed: t("hours.closed"), closures: t("hours.closures") },
    municipalities: request.municipalities,
  };
  const show = (field: string, value: FieldValue) => describeValue(field, value, context);
  const open = request.status === "new" || request.status === "in_progress";
  // The three-way view only while the decision is still to be made.
  const merging = open && request.changes.some((change) => change.changedSince);
  const columns = ["accept", "record", "field", "before", ...(merging ? (["now"] as const) : []), "after"] as const;
  return (
    <div className="space-y-6">
      <p>
        <Link href={{ pathname: "/admin/moderation", query: { source: "change_request" } }}>{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("heading", { name: name(request.organization) })}</h1>
      <p className="text-slate-700">
        {t("submitted", { date: format.dateTime(request.submittedAt, { dateStyle: "long", timeStyle: "short" }) })}
        {" · "}
        <Link href={{ pathname: "/admin/organizations/[id]", params: { id: request.organization.id } }}>
          {t("record")}
        </Link>
      </p>
      {applied && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {t("applied")}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {t(`errors.${error === "conflict" ? "conflict" : error === "invalid" ? "invalid" : "failed"}`)}
        </p>
      )}
      {!open && !applied && (
        <p>
          {t("closed", {
            status: request.status,
            who: request.processedBy ?? "—",
            date: request.processedAt ? format.dateTime(request.processedAt, { dateStyle: "long" }) : "—",
          })}
        </p>
      )}
      {request.changes.length === 0 ? <p>{t("noChanges")}</p> : <p>{t("intro")}</p>}
      {merging && <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">{t("merge")}</p>}
      <form action={apply} className="space-y-4">
        <input type="hidden" name="id" value={request.id} />
        {request.versions.map((version) => (
          <input key={version} type="hidden" name="seen" value={version} />
        ))}
        {request.changes.length > 0 && (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {columns.map((column) => (
                  <th key={column} scope="col" className="p-2">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {request.changes.map((change) => {
                const id = `accept-${change.key.replaceAll(".", "-")}`;
                const label = `${name(change.recordName)} — ${tf(change.field as never)}`;
                return (
                  <tr key={change.key} className="border-b border-slate-200 align-top">
                    <td className="p-2">
                      {open ? (
                        <input
                          type="checkbox"
                          id={id}
                          name="accept"
                          value={change.key}
                          defaultChecked={!change.changedSince}
                          aria-label={t("acceptField", { field: label })}
                          className="h-5 w-5"
                        />
                      ) : (
                        t(`decision.${request.decisions[change.key] ?? "rejected"}`)
                      )}
                    </td>
                    <td className="p-2">{name(change.recordName)}</td>
                    <td className="p-2">
                      {tf(change.field as never)}
                      {merging && change.changedSince && (
                        <strong className="mt-1 block text-amber-900">{t("changedSince")}</strong>
                      )}
                    </td>
                    <td className="whitespace-pre-line p-2 text-slate-700">
                      <del>{show(change.field, change.before)}</del>
                    </td>
                    {merging && (
                      <td className="whitespace-pre-line p-2">
                        {change.changedSince ? show(change.field, change.current) : t("unchanged")}
                      </td>
                    )}
                    <td className="whitespace-pre-line p-2">
                      <ins className="no-underline">{show(change.field, change.after)}</ins>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {open && (
          <div className="space-y-1">
            <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white">
              {t("apply")}
            </button>
            <p className="text-sm text-slate-700">{t("applyHelp")}</p>
          </div>
        )}
      </form>
    </div>
  );
}
