"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { setReviewPlan } from "@/lib/stewardship/set-review-plan";

/** Assigns a record's review; the domain checks the role and that the assignee may review. */
export async function assignReviewAction(formData: FormData) {
  const actor = await getActor();
  await setReviewPlan(actor, {
    entity: formData.get("entity"),
    id: formData.get("id"),
    assigneeId: formData.get("assigneeId"),
  });
  revalidatePath("/[locale]/(staff)/admin/review", "page");
}
