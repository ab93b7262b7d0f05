"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { DomainError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { mergeOrganizations } from "@/lib/open-data/duplicates/merge-organizations";

/** Authenticate first, then read the form; the domain checks "records:write" and validates. */
export async function mergeOrganizationsAction(formData: FormData) {
  const actor = await getActor();
  const locale = (await getLocale()) as Locale;
  const survivorId = String(formData.get("survivorId") ?? "");
  const pair = String(formData.get("pair") ?? "").split(",");
  const mergedId = pair.find((id) => id !== survivorId) ?? "";
  let merged = false;
  try {
    await mergeOrganizations(actor, { survivorId, mergedId });
    merged = true;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  revalidatePath("/[locale]/(staff)/admin/duplicates", "page");
  if (merged)
    redirect({
      href: { pathname: "/admin/organizations/[id]", params: { id: survivorId }, query: { merged: "1" } },
      locale,
    });
  redirect({ href: { pathname: "/admin/duplicates", query: { error: "merge" } }, locale });
}
