"use client";

import { useEffect } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ImportProgressView } from "@/lib/open-data/import/back-office-imports";

const REFRESH_MS = 1500;

/**
 * An import's progress bar: records done out of the file's, the chunk, the time so far. The
 * page is rendered from the import's job row; while it runs, the page refreshes itself (without
 * JavaScript, the "Refresh" link does the same) and shows the report once the import is done.
 */
export function ImportProgress({ progress, refreshHref }: { progress: ImportProgressView; refreshHref: string }) {
  const t = useTranslations("OpenData.admin.progress");
  const format = useFormatter();
  const router = useRouter();
  const running = progress.status === "running";

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, router]);

  const counted = progress.total
    ? t("records", { done: format.number(progress.records), total: progress.total })
    : t("recordsSoFar", { done: progress.records });
  return (
    <div className="max-w-xl space-y-2">
      <label htmlFor="import-progress" className="block font-semibold">
        {t("label")}
      </label>
      {/* Without the file's record count (no dry run before), the bar only says it is working. */}
      {progress.total ? (
        <progress id="import-progress" className="h-3 w-full" value={progress.records} max={progress.total} />
      ) : (
        <progress id="import-progress" className="h-3 w-full" />
      )}
      <p aria-live="polite" className="text-sm">
        {counted}
        {progress.chunks !== null && ` — ${t("chunk", { chunk: progress.chunks })}`} —{" "}
        {t("elapsed", { seconds: progress.elapsedSeconds })}
      </p>
      {running && (
        <p className="text-sm">
          <a href={refreshHref}>{t("refresh")}</a>
        </p>
      )}
    </div>
  );
}
