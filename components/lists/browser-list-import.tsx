"use client";
import { clearBrowserList, useBrowserList } from "./browser-list";

type Props = {
  /** A server action: createListAction, or addToListAction with `listId`. */
  action: (form: FormData) => Promise<void>;
  locale: string;
  listId?: string;
  labels: { title: string; help: string; name?: string; submit: string; clear: string };
};

/**
 * Offers to move the browser's list into the account: a new named list, or an existing one.
 * Only where JavaScript runs (the browser's list lives in localStorage).
 */
export function BrowserListImport({ action, locale, listId, labels }: Props) {
  const list = useBrowserList();
  if (!list?.length) return null;
  return (
    <section aria-labelledby="browser-list-title" className="space-y-2 rounded border border-brand-700 p-4">
      <h2 id="browser-list-title" className="text-lg font-bold">
        {labels.title}
      </h2>
      <p>{labels.help}</p>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="services" value={list.join(",")} />
        {listId && <input type="hidden" name="listId" value={listId} />}
        {labels.name && (
          <label className="flex flex-col">
            {labels.name}
            <input name="name" required maxLength={80} className="rounded border border-slate-400 px-2 py-1" />
          </label>
        )}
        <button type="submit" className="rounded bg-brand-700 px-3 py-2 font-medium text-white">
          {labels.submit.replace("{count}", String(list.length))}
        </button>
        <button type="button" onClick={clearBrowserList} className="underline">
          {labels.clear}
        </button>
      </form>
    </section>
  );
}
