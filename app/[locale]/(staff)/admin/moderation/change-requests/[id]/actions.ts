"use server";

import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { revalidateRecordPages } from "@/lib/directory/revalidate-record-pages";
import { DomainError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { applyChangeRequest } from "@/lib/stewardship/apply-change-request";

/** Applies the fields the editor ticked; a refusal comes back to the same screen, said in words. */
export async function applyChangeRequestAction(formData: FormData) {
  const actor = await getActor();
  const id = String(formData.get("id") ?? "");
  const locale = (await getLocale()) as Locale;
  let problem: string | null = null;
  try {
    await applyChangeRequest(actor, { id, accept: formData.getAll("accept"), seen: formData.getAll("seen") });
    revalidateRecordPages();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problem = error.code;
  }
  if (problem)
    redirect({
      href: { pathname: "/admin/moderation/change-requests/[id]", params: { id }, query: { error: problem } },
      locale,
    });
  redirect({
    href: { pathname: "/admin/moderation/change-requests/[id]", params: { id }, query: { applied: "1" } },
    locale,
  });
}
