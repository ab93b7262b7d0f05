import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { listFlags } from "@/lib/calls/list-flags";
import { requireCalls } from "@/lib/calls/require-calls";
import { FLAG_STATUSES } from "@/lib/calls/schemas";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { changeFlagStatusAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Flags" });
  return { title: t("title") };
}

export default async function FlagsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireCalls("flags:manage", locale);
  const requested = (await searchParams).status;
  const { status, flags } = await listFlags(actor, typeof requested === "string" ? requested : undefined);
  const [t, tc, format] = await Promise.all([getTranslations("Flags"), getTranslations("Calls"), getFormatter()]);
  const name = (record: { nameFr: string; nameEn: string | null }) =>
    locale === "en" ? (record.nameEn ?? record.nameFr) : record.nameFr;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <nav aria-label={t("filter")}>
        <ul className="flex flex-wrap gap-2">
          {FLAG_STATUSES.map((value) => (
            <li key={value}>
              <Link
                href={{ pathname: "/admin/flags", query: { status: value } }}
                aria-current={value === status ? "page" : undefined}
                className={value === status ? "font-bold" : undefined}
              >
                {t(`status.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {flags.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t(`status.${status}`)}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {(["record", "reason", "comment", "reportedBy", "date", "action"] as const).map((column) => (
                <th key={column} scope="col" className="p-2">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {flags.map((flag) => (
              <tr key={flag.id} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  {flag.service ? (
                    <Link
                      href={{
                        pathname: "/admin/organizations/[id]",
                        params: { id: flag.service.organizationId },
                        query: { service: flag.service.id },
                      }}
                    >
                      {t("service")} : {name(flag.service)}
                    </Link>
                  ) : flag.organization ? (
                    <Link href={{ pathname: "/admin/organizations/[id]", params: { id: flag.organization.id } }}>
                      {t("organization")} : {name(flag.organization)}
                    </Link>
                  ) : null}
                </td>
                <td className="p-2">{tc(`flagReasons.${flag.reason}`)}</td>
                <td className="p-2">{flag.comment}</td>
                <td className="p-2">{flag.reportedBy?.name}</td>
                <td className="p-2">{format.dateTime(flag.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="p-2">
                  <form action={changeFlagStatusAction} className="flex gap-2">
                    <input type="hidden" name="flagId" value={flag.id} />
                    <label className="sr-only" htmlFor={`flag-status-${flag.id}`}>
                      {t("statusLabel")}
                    </label>
                    <select
                      id={`flag-status-${flag.id}`}
                      name="status"
                      defaultValue={flag.status}
                      className="rounded border border-slate-500 px-1"
                    >
                      {FLAG_STATUSES.map((value) => (
                        <option key={value} value={value}>
                          {t(`status.${value}`)}
                        </option>
                      ))}
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
