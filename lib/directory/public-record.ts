import type { RecordStatus } from "@/lib/db/generated/enums";

/** Statuses the public may see; inactive and defunct records are never shown. */
export const PUBLIC_STATUSES: RecordStatus[] = ["active", "temporarily_closed"];

/** Prisma `where` fragment for records the public may see. */
export const publicWhere = { status: { in: PUBLIC_STATUSES }, deletedAt: null } as const;
