import { postApply } from "@/lib/open-data/import/import-routes";

/** POST /api/admin/imports/[id]/apply — apply the file of a dry run (admins). */
export const POST = postApply;
