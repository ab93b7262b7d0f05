import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listDuplicatePairs } from "@/lib/open-data/duplicates/list-duplicate-pairs";
import { mergeOrganizationsAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OpenData.duplicates" });
  return { title: t("reportTitle") };
}

/** Pairs of organizations that may be one, best first, each with a merge form (editors, admins). */
export default async function DuplicatesPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("records:write", locale);
  const [pairs, t, query] = await Promise.all([
    listDuplicatePairs(actor),
    getTranslations("OpenData.duplicates"),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("reportTitle")}</h1>
      <p>{t("reportIntro")}</p>
      {query.error === "merge" && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {t("mergeFailed")}
        </p>
      )}
      {pairs.length === 0 ? (
        <p>{t("reportEmpty")}</p>
      ) : (
        <ol className="space-y-4">
          {pairs.map((pair) => (
            <li key={`${pair.a.id}-${pair.b.id}`} className="rounded-lg border border-slate-200 p-4">
              <form action={mergeOrganizationsAction} className="space-y-3">
                <input type="hidden" name="pair" value={`${pair.a.id},${pair.b.id}`} />
                <p className="font-medium">
                  {t("score", { score: Math.round(pair.score * 100) })} —{" "}
                  {pair.reasons.map((reason) => t(`reasons.${reason}`)).join(", ")}
                </p>
                <fieldset className="space-y-1">
                  <legend className="font-semibold">{t("keep")}</legend>
                  {[pair.a, pair.b].map((record, index) => (
                    <label key={record.id} className="flex items-center gap-2">
                      <input type="radio" name="survivorId" value={record.id} defaultChecked={index === 0} required />
                      <Link href={{ pathname: "/admin/organizations/[id]", params: { id: record.id } }}>
                        {record.name}
                      </Link>
                    </label>
                  ))}
                </fieldset>
                <button
                  type="submit"
                  className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  {t("merge")}
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
