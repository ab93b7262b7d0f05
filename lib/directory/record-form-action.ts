import "server-only";
import { getActor } from "@/lib/auth/get-actor";
import type { UserActor } from "@/lib/auth/session-actor";
import { Unauthenticated } from "@/lib/errors";
import { formDataToObject, type FormValues } from "./form-data";
import type { RecordFormState } from "./record-form-state";
import { toFormState } from "./to-form-state";

/**
 * The one shape of a record-editing server action: authenticate first (a post without a
 * valid session is answered before a single field is read), then parse the form, then hand
 * both to the work, whose domain errors become form state. Action ids are public to every
 * signed-in page, so nothing here trusts the form; the domain function checks the role.
 */
export async function recordFormAction(
  formData: FormData,
  work: (actor: UserActor, values: FormValues) => Promise<RecordFormState>,
  lists: readonly string[] = [],
): Promise<RecordFormState> {
  const actor = await getActor();
  if (!actor) return toFormState(new Unauthenticated());
  const values = formDataToObject(formData, lists);
  try {
    return await work(actor, values);
  } catch (error) {
    return toFormState(error, values);
  }
}
