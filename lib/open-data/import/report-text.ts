import { namespaceTranslator } from "@/lib/i18n/namespace-translator";
import type { SearchLocale } from "@/lib/search/types";
import type { RecordResult } from "./import-context";
import type { ImportReport } from "./import-directory";

/** An issue key in words: the import's own messages, else the back-office's validation messages. */
export function issueMessage(locale: SearchLocale, key: string) {
  const own = namespaceTranslator("OpenData", locale);
  if (own.has(`import.issues.${key}`)) return own(`import.issues.${key}`);
  const records = namespaceTranslator("Records", locale);
  return records.has(`validation.${key}`) ? records(`validation.${key}`) : key;
}

/** The report's first lines: the import's status, file and counts. */
export function reportHeader(report: Omit<ImportReport, "records">, locale: SearchLocale = "fr") {
  const t = namespaceTranslator("OpenData", locale);
  return [
    `${t(`import.status.${report.status}`)} — ${report.fileName} (${report.format}, ${t("import.source")} ${report.source}, ${report.importId})`,
    `${t("import.counts.created")}: ${report.counts.created}  ${t("import.counts.updated")}: ${report.counts.updated}  ${t("import.counts.unchanged")}: ${report.counts.unchanged}  ${t("import.counts.refused")}: ${report.counts.refused}`,
  ].join("\n");
}

/** One record's entry (none for a record created or unchanged without remarks). */
export function recordLines(result: RecordResult, locale: SearchLocale = "fr"): string[] {
  const t = namespaceTranslator("OpenData", locale);
  const issues = [
    ...Object.entries(result.errors).map(
      ([field, keys]) => `  ✗ ${field}: ${keys.map((key) => issueMessage(locale, key)).join(" ")}`,
    ),
    ...Object.entries(result.warnings).map(
      ([field, keys]) => `  ! ${field}: ${keys.map((key) => issueMessage(locale, key)).join(" ")}`,
    ),
    ...(result.duplicates ?? []).map(
      (d) =>
        `  ≈ ${t("import.duplicate")} ${d.name} (${d.id}, ${Math.round(d.score * 100)} %: ${d.reasons.map((reason) => t(`duplicates.reasons.${reason}`)).join(", ")})`,
    ),
  ];
  if (result.outcome !== "refused" && issues.length === 0) return [];
  return [
    `#${result.row} ${result.entity} ${result.externalId ?? "—"} «${result.name ?? ""}» → ${t(`import.counts.${result.outcome}`)}`,
    ...issues,
  ];
}

/** The report as a terminal prints it and as the downloadable text file holds it. */
export function reportText(report: ImportReport, locale: SearchLocale = "fr"): string {
  return [reportHeader(report, locale), ...report.records.flatMap((result) => recordLines(result, locale))]
    .map((line) => `${line}\n`)
    .join("");
}

/** The same text, its entries read page by page (a large import's report is not held whole). */
export async function* reportTextStream(
  report: Omit<ImportReport, "records">,
  pages: AsyncIterable<RecordResult[]>,
  locale: SearchLocale = "fr",
): AsyncGenerator<string> {
  yield `${reportHeader(report, locale)}\n`;
  for await (const page of pages)
    yield page
      .flatMap((result) => recordLines(result, locale))
      .map((line) => `${line}\n`)
      .join("");
}
