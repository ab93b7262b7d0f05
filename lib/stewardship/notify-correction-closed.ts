import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ModerationStatus } from "@/lib/db/generated/enums";
import { enqueueCorrectionClosedEmail } from "./emails";

/** Tells the person who suggested a correction that it was handled, in the language they used. */
export async function notifyCorrectionClosed(
  tx: Tx,
  correction: {
    email: string | null;
    locale: string;
    status: ModerationStatus;
    serviceId: string | null;
    organizationId: string | null;
  },
) {
  if (!correction.email) return;
  const record = correction.serviceId
    ? await tx.service.findUnique({ where: { id: correction.serviceId }, select: { nameFr: true, nameEn: true } })
    : await tx.organization.findUnique({
        where: { id: correction.organizationId! },
        select: { nameFr: true, nameEn: true },
      });
  const recordName = (correction.locale === "en" ? record?.nameEn : null) ?? record?.nameFr ?? "211";
  await enqueueCorrectionClosedEmail(
    tx,
    { email: correction.email, locale: correction.locale },
    { recordName, applied: correction.status === "applied" },
  );
}
