import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isReindexRunning, localReindexProgress } from "@/lib/search/full-reindex";
import { getSearchStatus } from "@/lib/search/status";
import { ReindexControl } from "./reindex-control";

/**
 * Dashboard panel: which engine answers, whether it is healthy, what the outbox still has to
 * deliver, and (admins only) a full reindex with its progress. Server component; the caller
 * passes the actor it already checked with requireStaff("staff:read").
 */
export async function SearchIndexStatus({ actor }: { actor: Actor }) {
  const t = await getTranslations("SearchStatus");
  const format = await getFormatter();
  const [status, running] = await Promise.all([getSearchStatus(), isReindexRunning()]);
  const progress = localReindexProgress();
  const mayReindex = actor.kind === "system" || can(actor.role, "search:reindex");

  return (
    <section aria-labelledby="search-index-status-title" className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h2 id="search-index-status-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("engine")}</dt>
        <dd>{t(`engines.${status.engine === "meilisearch" ? "meilisearch" : "postgres"}`)}</dd>
        <dt className="font-medium">{t("state")}</dt>
        <dd>
          <span
            className={`rounded px-2 py-0.5 font-medium ${
              status.status === "ok" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-950"
            }`}
          >
            {t(`states.${status.status}`)}
          </span>
        </dd>
        <dt className="font-medium">{t("pending")}</dt>
        <dd className="tabular-nums">{t("pendingCount", { count: status.pending })}</dd>
        <dt className="font-medium">{t("oldest")}</dt>
        <dd className="tabular-nums">
          {status.oldestPendingSeconds === null
            ? t("none")
            : t("seconds", { seconds: format.number(status.oldestPendingSeconds) })}
        </dd>
        {status.lastError && (
          <>
            <dt className="font-medium">{t("lastError")}</dt>
            <dd className="break-words font-mono text-xs">{status.lastError}</dd>
          </>
        )}
      </dl>
      {mayReindex && <ReindexControl running={running} progress={progress} />}
    </section>
  );
}
