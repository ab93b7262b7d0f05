import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportProgressView } from "@/lib/open-data/import/back-office-imports";
import { RefreshWhile } from "./refresh-while";

/**
 * An import's progress bar: records done out of the file's, the chunk, the time so far, read
 * from the import's job row. While it runs the page refreshes itself (without JavaScript, the
 * "Refresh" link does the same) and shows the report once the import is done.
 */
export async function ImportProgress({ progress, refreshHref }: { progress: ImportProgressView; refreshHref: string }) {
  const [t, format] = await Promise.all([getTranslations("OpenData.admin.progress"), getFormatter()]);
  const running = progress.status === "running";
  const counted = progress.total
    ? t("records", { done: format.number(progress.records), total: progress.total })
    : t("recordsSoFar", { done: progress.records });
  return (
    <div className="max-w-xl space-y-2">
      <RefreshWhile active={running} />
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
