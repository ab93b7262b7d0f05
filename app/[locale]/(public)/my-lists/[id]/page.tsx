import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BrowserListImport } from "@/components/lists/browser-list-import";
import { ListStatus } from "@/components/lists/list-status";
import { SheetForm } from "@/components/lists/sheet-form";
import { getActor } from "@/lib/auth/get-actor";
import { NotFound } from "@/lib/errors";
import { getHref } from "@/lib/i18n/href";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { getOwnList } from "@/lib/lists/get-own-list";
import { absoluteListUrl } from "@/lib/lists/list-urls";
import { addToListAction, deleteListAction, emailSheetAction, listItemAction, renameListAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false } };

const input = "rounded border border-slate-400 px-2 py-1";
const button = "rounded bg-brand-700 px-3 py-2 font-medium text-white";
const small = "rounded border border-slate-500 px-2 py-1 text-sm";

/** One of the signed-in worker's lists: order, notes, share, sheet, email. Another person's list is a 404. */
export default async function MyListPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(localizedPathname("/my-lists", locale));
  const list = await getOwnList(actor, id, locale).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const [t, ts, href, format, query] = await Promise.all([
    getTranslations("Lists"),
    getTranslations("Service"),
    getHref(),
    getFormatter(),
    searchParams,
  ]);
  const slugs = list.items.filter((item) => item.state.kind !== "gone").map((item) => item.slug);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="listId" value={list.id} />
    </>
  );
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <a href={href("/my-lists")}>{t("myListsTitle")}</a>
      </p>
      <h1 className="text-3xl font-bold">{list.name}</h1>
      <ListStatus query={query} />
      <p className="rounded bg-amber-50 p-3 text-amber-900">{t("piiWarning")}</p>
      <BrowserListImport
        action={addToListAction}
        locale={locale}
        listId={list.id}
        labels={{
          title: t("browserListTitle"),
          help: t("browserListHelp"),
          submit: t("addToThisList", { count: "{count}" }),
          clear: t("clearBrowserList"),
        }}
      />
      {list.items.length === 0 && <p>{t("emptyList")}</p>}
      <ol className="space-y-4">
        {list.items.map((item, index) => (
          <li key={item.id} id={`item-${item.id}`} className="space-y-2 rounded-lg border border-slate-200 p-4">
            <h2 className="text-lg font-semibold">
              {item.state.kind === "gone" ? (
                item.name.text
              ) : (
                <a href={href({ pathname: "/services/[slug]", params: { slug: item.slug } })}>{item.name.text}</a>
              )}
            </h2>
            <p className="text-slate-700">{item.organization.text}</p>
            {item.state.kind === "gone" && <p className="font-semibold text-red-800">{t("gone")}</p>}
            {item.state.kind === "changed" && (
              <p className="font-semibold text-amber-900">
                {t("changedOn", { date: format.dateTime(item.state.on, { dateStyle: "long" }) })}
              </p>
            )}
            {item.state.kind !== "gone" && item.state.temporarilyClosed && (
              <p className="font-semibold text-amber-900">{ts("temporarilyClosed")}</p>
            )}
            <form action={listItemAction} className="space-y-2">
              {hidden}
              <input type="hidden" name="itemId" value={item.id} />
              <label className="flex flex-col font-medium">
                {t("note")}
                <textarea name="note" maxLength={500} rows={2} defaultValue={item.note ?? ""} className={input} />
              </label>
              <div className="flex flex-wrap gap-2">
                <button type="submit" name="intent" value="note" className={small}>
                  {t("saveNote")}
                </button>
                {index > 0 && (
                  <button type="submit" name="intent" value="up" className={small}>
                    {t("moveUp")}
                  </button>
                )}
                {index < list.items.length - 1 && (
                  <button type="submit" name="intent" value="down" className={small}>
                    {t("moveDown")}
                  </button>
                )}
                <button type="submit" name="intent" value="remove" className={small}>
                  {t("remove")}
                </button>
              </div>
            </form>
          </li>
        ))}
      </ol>
      {slugs.length > 0 && (
        <>
          <section aria-labelledby="share-title" className="space-y-2">
            <h2 id="share-title" className="text-xl font-bold">
              {t("shareTitle")}
            </h2>
            <p>{t("shareHelp")}</p>
            <a href={href({ pathname: "/list", query: { services: slugs.join(",") } })} className="break-all">
              {absoluteListUrl(slugs, locale)}
            </a>
          </section>
          <SheetForm slugs={slugs} locale={locale} />
          <section aria-labelledby="email-title" className="space-y-2">
            <h2 id="email-title" className="text-xl font-bold">
              {t("emailTitle")}
            </h2>
            <p>{t("emailHelp")}</p>
            <form action={emailSheetAction} className="space-y-3">
              {hidden}
              <label className="flex flex-col font-medium">
                {t("recipient")}
                <input type="email" name="to" required autoComplete="off" className={input} />
              </label>
              <fieldset className="flex gap-4">
                <legend className="font-medium">{t("sheetLanguage")}</legend>
                {(["fr", "en"] as const).map((lang) => (
                  <label key={lang} className="flex items-center gap-1" lang={lang}>
                    <input type="radio" name="lang" value={lang} defaultChecked={lang === locale} />
                    {lang === "fr" ? t("french") : t("english")}
                  </label>
                ))}
              </fieldset>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="large" value="1" />
                {t("largePrint")}
              </label>
              <button type="submit" className={button}>
                {t("sendEmail")}
              </button>
            </form>
          </section>
        </>
      )}
      <section aria-labelledby="settings-title" className="space-y-3 border-t border-slate-200 pt-4">
        <h2 id="settings-title" className="sr-only">
          {t("rename")}
        </h2>
        <form action={renameListAction} className="flex flex-wrap items-end gap-3">
          {hidden}
          <label className="flex flex-col font-medium">
            {t("listName")}
            <input name="name" required maxLength={80} defaultValue={list.name} className={input} />
          </label>
          <button type="submit" className={small}>
            {t("rename")}
          </button>
        </form>
        <form action={deleteListAction}>
          {hidden}
          <button type="submit" className="rounded border border-red-800 px-3 py-2 text-red-800">
            {t("deleteList")}
          </button>
        </form>
      </section>
    </div>
  );
}
