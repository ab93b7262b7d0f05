"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { changeFlagStatus } from "@/lib/calls/change-flag-status";

/** Authenticate first, then read the form; the domain checks "flags:manage" and validates. */
export async function changeFlagStatusAction(formData: FormData) {
  const actor = await getActor();
  await changeFlagStatus(actor, { flagId: formData.get("flagId"), status: formData.get("status") });
  revalidatePath("/[locale]/(staff)/admin/flags", "page");
}
