import "server-only";
import { getTranslations } from "next-intl/server";
import { DomainError, Invalid } from "@/lib/errors";

import type { UserActionState } from "@/lib/users/user-action-state";

export type { UserActionState };

/** The one place domain errors become form state for the Users screen (translated, never a stack trace). */
export async function toActionState(error: unknown, values?: Record<string, string>): Promise<UserActionState> {
  if (!(error instanceof DomainError)) throw error;
  const t = await getTranslations();
  if (error instanceof Invalid) {
    const fields: Record<string, string[]> = {};
    for (const [field, keys] of Object.entries(error.fieldErrors)) {
      fields[field] = keys.map((key) => t(`Users.errors.${key}` as never));
    }
    return { ok: false, message: fields.form?.join(" ") ?? t("Errors.invalid"), fields, values };
  }
  return { ok: false, message: t(`Errors.${error.messageKey}` as never), values };
}
