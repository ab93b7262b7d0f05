import { getReport } from "@/lib/open-data/import/import-routes";

/** GET /api/admin/imports/[id]/report — an import's report as a text file (admins). */
export const GET = getReport;
