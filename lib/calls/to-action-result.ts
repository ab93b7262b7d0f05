import "server-only";
import { getTranslations } from "next-intl/server";
import { DomainError, Invalid } from "@/lib/errors";
import type { ActionResult } from "./action-result";

/** The one place a call-log action turns a domain error into translated messages (field by field). */
export async function toActionResult(error: unknown): Promise<ActionResult<never>> {
  if (!(error instanceof DomainError)) throw error;
  const t = await getTranslations("Calls");
  if (error instanceof Invalid) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, keys] of Object.entries(error.fieldErrors)) {
      fieldErrors[field] = keys.map((key) =>
        t.has(`validation.${key}` as never) ? t(`validation.${key}` as never) : t("validation.invalid"),
      );
    }
    return { ok: false, message: t("errors.invalid"), fieldErrors };
  }
  const key = ({ forbidden: "forbidden", unauthenticated: "unauthenticated", not_found: "notFound" } as const)[
    error.code as "forbidden"
  ];
  return { ok: false, message: t(`errors.${key ?? "failed"}`), fieldErrors: {} };
}

/** Runs a domain call and returns its result or its translated errors. */
export async function asActionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return toActionResult(error);
  }
}
