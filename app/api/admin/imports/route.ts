import { postImport } from "@/lib/open-data/import/import-routes";

/** POST /api/admin/imports — upload a file and run its dry run (admins). */
export const POST = postImport;
