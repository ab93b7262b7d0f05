// The edit form's values for a stored service, so that the benchmark saves it through
// updateService exactly as the back-office does (every field, with the version it read).
import "server-only";
import { db } from "@/lib/db/client";
import { serviceSubmission } from "@/lib/directory/form-defaults";
import { serviceForEditInclude } from "@/lib/directory/get-organization-for-edit";

export async function currentServiceInput(id: string) {
  return serviceSubmission(await db.service.findUniqueOrThrow({ where: { id }, include: serviceForEditInclude }));
}
