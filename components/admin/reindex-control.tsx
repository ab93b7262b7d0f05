"use client";

import { useActionState, useEffect } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ReindexProgress } from "@/lib/search/full-reindex";
import { startReindexAction, type ReindexActionState } from "./search-index-actions";

const REFRESH_MS = 2000;

/** The admin's "Reindex everything" button and the progress of the run (refreshed while it runs). */
export function ReindexControl({ running, progress }: { running: boolean; progress: ReindexProgress | null }) {
  const t = useTranslations("SearchStatus.reindex");
  const format = useFormatter();
  const router = useRouter();
  const [state, action, pending] = useActionState<ReindexActionState>(startReindexAction, {});
  const active =
    running || pending || (state.ok === true && progress?.phase !== "done" && progress?.phase !== "failed");

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, router]);

  const shown = progress && (running || progress.phase === "done" || progress.phase === "failed") ? progress : null;
  return (
    <div className="space-y-2">
      <form action={action}>
        <button
          type="submit"
          disabled={active}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {t("button")}
        </button>
      </form>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <div role="status" aria-live="polite" className="space-y-1 text-sm">
        {state.message && <p className={state.ok ? "" : "font-medium text-red-800"}>{state.message}</p>}
        {running && !shown && <p>{t("runningElsewhere")}</p>}
        {shown && (
          <>
            <p>
              {t(`phases.${shown.phase}`)}
              {shown.total > 0 &&
                ` — ${t("count", { indexed: format.number(shown.indexed), total: format.number(shown.total) })}`}
            </p>
            {shown.phase !== "done" && shown.phase !== "failed" && shown.total > 0 && (
              <progress
                className="h-2 w-full"
                value={shown.indexed}
                max={shown.total}
                aria-label={t(`phases.${shown.phase}`)}
              />
            )}
            {shown.error && <p className="font-mono text-xs text-red-800">{shown.error}</p>}
          </>
        )}
      </div>
    </div>
  );
}
