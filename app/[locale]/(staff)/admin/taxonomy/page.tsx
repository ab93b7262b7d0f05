import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddTermForm, TermForms } from "@/components/admin/records/taxonomy-forms";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/require-staff";
import { Link, getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listTermsForStaff } from "@/lib/taxonomy/list-terms-for-staff";
import { addTermAction, mergeTermsAction, moveTermAction, renameTermAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Taxonomy" });
  return { title: t("title") };
}

export default async function TaxonomyPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("staff:read", locale);
  const terms = await listTermsForStaff(actor);
  const selectedId = (await searchParams).term;
  const selected = terms.find((term) => term.id === selectedId);
  const readOnly = !can(actor.role, "taxonomy:write");
  const t = await getTranslations("Taxonomy");
  const base = getPathname({ href: "/admin/taxonomy", locale });
  const reloadHref = selected ? `${base}?term=${selected.id}` : base;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {readOnly && <p className="rounded-md border border-slate-400 bg-slate-50 p-3">{t("readOnly")}</p>}
      <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
        <section aria-labelledby="tree-title" className="space-y-2">
          <h2 id="tree-title" className="text-xl font-bold">
            {t("tree")}
          </h2>
          <ul className="max-h-[70vh] overflow-y-auto rounded-md border border-slate-200 p-2 text-sm">
            {terms.map((term) => (
              <li key={term.id} style={{ paddingLeft: `${term.depth * 1.25}rem` }} className="py-0.5">
                <Link
                  href={{ pathname: "/admin/taxonomy", query: { term: term.id } }}
                  aria-current={term.id === selected?.id ? "true" : undefined}
                  className={term.id === selected?.id ? "font-bold" : undefined}
                >
                  {locale === "en" && term.nameEn ? term.nameEn : term.nameFr}
                </Link>{" "}
                <code className="text-xs text-slate-700">{term.code}</code>{" "}
                <span className="text-xs text-slate-700">· {t("services", { count: term.services })}</span>
              </li>
            ))}
          </ul>
        </section>
        <div className="space-y-8">
          {selected && (
            <section aria-labelledby="term-title" className="space-y-4 rounded-lg border border-slate-200 p-4">
              <h2 id="term-title" className="text-xl font-bold">
                {t("actionsFor", { name: `${selected.nameFr} (${selected.code})` })}
              </h2>
              <TermForms
                term={selected}
                terms={terms}
                readOnly={readOnly}
                reloadHref={reloadHref}
                actions={{
                  add: addTermAction,
                  rename: renameTermAction,
                  move: moveTermAction,
                  merge: mergeTermsAction,
                }}
              />
            </section>
          )}
          {!readOnly && (
            <section aria-labelledby="add-title" className="space-y-4 rounded-lg border border-slate-200 p-4">
              <h2 id="add-title" className="text-xl font-bold">
                {t("add")}
              </h2>
              <AddTermForm action={addTermAction} terms={terms} readOnly={readOnly} reloadHref={reloadHref} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
