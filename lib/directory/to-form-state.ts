import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { Conflict, DomainError, Invalid } from "@/lib/errors";
import type { FormValues } from "./form-data";
import type { RecordFormState } from "./record-form-state";

/**
 * The one place a record-editing server action turns a domain error into form state,
 * in the user's language. Errors that are not ours are rethrown to the error page.
 */
export async function toFormState(error: unknown, submitted?: FormValues): Promise<RecordFormState> {
  if (!(error instanceof DomainError)) throw error;
  // Parsed forms have no prototype (form-data.ts); React only sends plain objects to the client.
  const values = submitted && (JSON.parse(JSON.stringify(submitted)) as FormValues);
  const t = await getTranslations("Records");
  const nonce = Date.now();
  if (error instanceof Invalid) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, keys] of Object.entries(error.fieldErrors)) {
      fieldErrors[field] = keys.map((key) =>
        t.has(`validation.${key}` as never) ? t(`validation.${key}` as never) : t("validation.invalid"),
      );
    }
    return { status: "error", fieldErrors, values, nonce };
  }
  if (error instanceof Conflict) {
    const format = await getFormatter();
    const { updatedBy, updatedAt } = error.details as { updatedBy: string | null; updatedAt: Date | null };
    const message = t("errors.conflict", {
      who: updatedBy ?? t("errors.someone"),
      when: updatedAt ? format.dateTime(updatedAt, { dateStyle: "long", timeStyle: "short" }) : "—",
    });
    return { status: "error", message, conflict: true, values, nonce };
  }
  const key = {
    forbidden: "forbidden",
    unauthenticated: "unauthenticated",
    not_found: "notFound",
    rate_limited: "rateLimited",
  }[error.code as string];
  return { status: "error", message: t(`errors.${key ?? "forbidden"}` as never), values, nonce };
}
