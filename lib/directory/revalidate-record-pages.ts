import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a record write: public pages that show records, and the staff screens. Pages are
 * rendered per request today; this keeps them right if caching is turned on later.
 */
export function revalidateRecordPages() {
  for (const route of [
    "/[locale]/(public)/services/[slug]",
    "/[locale]/(public)/organizations/[slug]",
    "/[locale]/(public)/categories/[code]",
    "/[locale]/(public)/search",
    "/[locale]/(staff)/admin/organizations/[id]",
    "/[locale]/(staff)/admin/organizations",
    "/[locale]/(staff)/admin/services",
  ]) {
    revalidatePath(route, "page");
  }
  revalidatePath("/[locale]/(public)", "page");
}
