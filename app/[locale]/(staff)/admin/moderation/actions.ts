"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { changeModerationStatus } from "@/lib/stewardship/change-moderation-status";

/** Authenticate first, then read the form; the domain checks the role and validates. */
export async function changeModerationStatusAction(formData: FormData) {
  const actor = await getActor();
  await changeModerationStatus(actor, {
    source: formData.get("source"),
    id: formData.get("id"),
    status: formData.get("status"),
  });
  revalidatePath("/[locale]/(staff)/admin/moderation", "page");
}
