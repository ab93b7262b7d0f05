"use server";

import { headers } from "next/headers";
import { Invalid, NotFound } from "@/lib/errors";
import type { CorrectionFormState } from "./correction-form-state";
import { limitCorrection } from "./rate-limit";
import { submitCorrection } from "./submit-correction";
import { translateFieldErrors } from "./translate-errors";
import { stewardshipTranslator } from "./translator";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The public form's edge: rate limit first, then the domain function; errors become form state. */
export async function submitCorrectionAction(_state: CorrectionFormState, formData: FormData) {
  const locale = text(formData, "locale") === "en" ? "en" : "fr";
  const t = stewardshipTranslator(locale, "Stewardship.correction");
  const values = { kind: text(formData, "kind"), message: text(formData, "message"), email: text(formData, "email") };
  const limit = limitCorrection(await headers());
  if (!limit.allowed) return { status: "error", message: t("rateLimited"), values } satisfies CorrectionFormState;
  try {
    await submitCorrection(
      {
        serviceId: text(formData, "serviceId"),
        organizationId: text(formData, "organizationId"),
        ...values,
        locale,
      },
      { honeypot: formData.get("website"), formTime: formData.get("formTime"), fromForm: true },
    );
    return { status: "sent" } satisfies CorrectionFormState;
  } catch (error) {
    if (error instanceof Invalid)
      return {
        status: "error",
        message: t("errorSummary"),
        fieldErrors: translateFieldErrors(error.fieldErrors, locale),
        values,
      } satisfies CorrectionFormState;
    if (error instanceof NotFound)
      return { status: "error", message: t("notFound"), values } satisfies CorrectionFormState;
    throw error;
  }
}
