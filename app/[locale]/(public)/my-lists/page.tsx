import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BrowserListImport } from "@/components/lists/browser-list-import";
import { ListStatus } from "@/components/lists/list-status";
import { getActor } from "@/lib/auth/get-actor";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { getOwnLists } from "@/lib/lists/get-own-lists";
import { createListAction, requestSignInLinkAction, signOutAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Lists" });
  return { title: t("myListsTitle"), robots: { index: false } };
}

const input = "rounded border border-slate-400 px-2 py-1";
const button = "rounded bg-brand-700 px-3 py-2 font-medium text-white";

/** A community worker's lists; signed out, the form that emails a sign-in link. */
export default async function MyListsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, href, actor, query, format] = await Promise.all([
    getTranslations("Lists"),
    getHref(),
    getActor(),
    searchParams,
    getFormatter(),
  ]);
  if (!actor)
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold">{t("myListsTitle")}</h1>
        <ListStatus query={query} />
        <section aria-labelledby="sign-in-title" className="space-y-3">
          <h2 id="sign-in-title" className="text-xl font-bold">
            {t("signInTitle")}
          </h2>
          <p>{t("signInIntro")}</p>
          <form action={requestSignInLinkAction} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="locale" value={locale} />
            <label className="flex flex-col font-medium">
              {t("emailLabel")}
              <input type="email" name="email" required autoComplete="email" className={input} />
            </label>
            <button type="submit" className={button}>
              {t("sendLink")}
            </button>
          </form>
          <p>
            {t("staffNote")} <a href={href("/sign-in")}>{t("staffSignIn")}</a>
          </p>
        </section>
      </div>
    );

  const lists = await getOwnLists(actor);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">{t("myListsTitle")}</h1>
          <p>{t("signedInAs", { email: actor.email })}</p>
        </div>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="underline">
            {t("signOut")}
          </button>
        </form>
      </header>
      <ListStatus query={query} />
      <p className="rounded bg-amber-50 p-3 text-amber-900">{t("piiWarning")}</p>
      <BrowserListImport
        action={createListAction}
        locale={locale}
        labels={{
          title: t("browserListTitle"),
          help: t("browserListHelp"),
          name: t("listName"),
          submit: t("moveToNewList", { count: "{count}" }),
          clear: t("clearBrowserList"),
        }}
      />
      {lists.length === 0 ? (
        <p>{t("noLists")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200">
          {lists.map((list) => (
            <li key={list.id} className="flex flex-wrap justify-between gap-2 p-3">
              <a href={href({ pathname: "/my-lists/[id]", params: { id: list.id } })} className="font-semibold">
                {list.name}
              </a>
              <span className="text-sm text-slate-700">
                {t("count", { count: list.itemCount })} ·{" "}
                {t("updatedOn", { date: format.dateTime(list.updatedAt, { dateStyle: "long" }) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-list-title" className="space-y-2">
        <h2 id="new-list-title" className="text-xl font-bold">
          {t("newList")}
        </h2>
        <form action={createListAction} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="locale" value={locale} />
          <label className="flex flex-col font-medium">
            {t("listName")}
            <input name="name" required maxLength={80} className={input} />
          </label>
          <button type="submit" className={button}>
            {t("create")}
          </button>
        </form>
      </section>
    </div>
  );
}
