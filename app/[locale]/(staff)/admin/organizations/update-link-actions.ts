"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { DomainError, Invalid } from "@/lib/errors";
import { createUpdateLink } from "@/lib/stewardship/create-update-link";
import { revokeUpdateLink } from "@/lib/stewardship/revoke-update-link";
import { translateFieldErrors } from "@/lib/stewardship/translate-errors";
import type { UpdateLinkState } from "@/lib/stewardship/update-link-state";

/** Creates an organization's update link (and emails it when asked); the URL is shown once. */
export async function createUpdateLinkAction(_state: UpdateLinkState, formData: FormData): Promise<UpdateLinkState> {
  const actor = await getActor();
  const t = await getTranslations("Stewardship.links");
  try {
    const link = await createUpdateLink(actor, {
      organizationId: formData.get("organizationId"),
      email: formData.get("email"),
      locale: formData.get("locale"),
      send: formData.get("send"),
    });
    revalidatePath("/[locale]/(staff)/admin/organizations/[id]", "page");
    return { status: "created", url: link.url, message: formData.get("send") ? t("sent") : t("created") };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error instanceof Invalid)
      return {
        status: "error",
        message: t("invalid"),
        fieldErrors: translateFieldErrors(error.fieldErrors, await getLocale()),
      };
    return { status: "error", message: t("failed") };
  }
}

export async function revokeUpdateLinkAction(formData: FormData) {
  const actor = await getActor();
  await revokeUpdateLink(actor, { linkId: formData.get("linkId") });
  revalidatePath("/[locale]/(staff)/admin/organizations/[id]", "page");
}
