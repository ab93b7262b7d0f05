"use server";

import { formDataToObject, type FormValues } from "@/lib/directory/form-data";
import { Invalid, NotFound } from "@/lib/errors";
import { namespacedTranslator } from "@/lib/i18n/translator";
import { limitCorrection } from "./rate-limit";
import { submitChangeRequest } from "./submit-change-request";
import { stewardshipTranslator } from "./translator";
import type { UpdateFormState } from "./update-form-state";
import { headers } from "next/headers";

/**
 * The organization's update form. The token in the form is the only credential: it is checked
 * again here (a link revoked while the form was open is refused). Errors become form state.
 */
export async function submitUpdateAction(_state: UpdateFormState, formData: FormData): Promise<UpdateFormState> {
  const values = formDataToObject(formData);
  const locale = values.locale === "en" ? "en" : "fr";
  const t = stewardshipTranslator(locale, "Stewardship.update");
  // The same per-client bucket as public corrections: a link is no licence to flood the queue.
  if (!limitCorrection(await headers()).allowed)
    return { status: "error", message: t("rateLimited"), values: plain(values) };
  try {
    await submitChangeRequest(String(values.token ?? ""), {
      organization: values.organization as Record<string, unknown> | undefined,
      services: values.services as Record<string, Record<string, unknown>> | undefined,
      locations: values.locations as Record<string, Record<string, unknown>> | undefined,
      contactEmail: values.contactEmail,
      locale,
    });
    return { status: "sent" };
  } catch (error) {
    if (error instanceof NotFound) return { status: "error", message: t("linkInvalid") };
    if (!(error instanceof Invalid)) throw error;
    const tv = namespacedTranslator(locale, "Records.validation");
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, keys] of Object.entries(error.fieldErrors))
      fieldErrors[field] = keys.map((key) => (tv.has(key as never) ? tv(key as never) : tv("invalid")));
    return { status: "error", message: t("errorSummary"), fieldErrors, values: plain(values) };
  }
}

/** Parsed forms have no prototype; React sends only plain objects to the client. */
const plain = (values: FormValues) => JSON.parse(JSON.stringify(values)) as FormValues;
