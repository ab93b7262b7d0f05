import { postDryRun } from "@/lib/open-data/import/import-routes";

/** POST /api/admin/imports/[id]/dry-run — the dry run of an uploaded spreadsheet, with its column mapping (admins). */
export const POST = postDryRun;
