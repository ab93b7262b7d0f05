import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderEmail } from "@/lib/email/render-email";
import { stewardshipTranslator } from "./translator";

// Every stewardship message, in the recipient's language, queued in the caller's transaction
// (lib/email). Purposes name the message in logs; addresses never appear there.

export async function enqueueUpdateLinkEmail(
  tx: Tx,
  to: { email: string; locale: string },
  content: { organizationName: string; url: string; expiresAt: Date; reminder: boolean; reviewDate?: Date },
) {
  const t = stewardshipTranslator(to.locale, "Stewardship.emails.updateLink");
  const date = (d: Date) =>
    new Intl.DateTimeFormat(to.locale === "en" ? "en-CA" : "fr-CA", { dateStyle: "long", timeZone: "UTC" }).format(d);
  const name = content.organizationName;
  await enqueueEmail(tx, {
    purpose: content.reminder ? "stewardship.reminder" : "stewardship.update_link",
    to: to.email,
    ...renderEmail({
      locale: to.locale,
      subject: content.reminder ? t("reminderSubject", { name }) : t("subject", { name }),
      heading: content.reminder ? t("reminderHeading", { name }) : t("heading", { name }),
      paragraphs: [
        content.reminder && content.reviewDate ? t("reminderIntro", { date: date(content.reviewDate) }) : t("intro"),
        t("how"),
        t("expires", { date: date(content.expiresAt) }),
      ],
      action: { label: t("action"), url: content.url },
      footer: t("footer"),
    }),
  });
}

export async function enqueueChangeRequestProcessedEmail(
  tx: Tx,
  to: { email: string; locale: string },
  content: { organizationName: string; accepted: number; rejected: number; dismissed?: boolean },
) {
  const t = stewardshipTranslator(to.locale, "Stewardship.emails.processed");
  const name = content.organizationName;
  const paragraphs = content.dismissed
    ? [t("dismissed"), t("thanks")]
    : [
        t("accepted", { count: content.accepted }),
        ...(content.rejected ? [t("rejected", { count: content.rejected })] : []),
        t("thanks"),
      ];
  await enqueueEmail(tx, {
    purpose: "stewardship.change_request_processed",
    to: to.email,
    ...renderEmail({
      locale: to.locale,
      subject: t("subject", { name }),
      heading: content.dismissed ? t("dismissedHeading", { name }) : t("heading", { name }),
      paragraphs,
      footer: t("footer"),
    }),
  });
}

export async function enqueueCorrectionClosedEmail(
  tx: Tx,
  to: { email: string; locale: string },
  content: { recordName: string; applied: boolean },
) {
  const t = stewardshipTranslator(to.locale, "Stewardship.emails.correction");
  await enqueueEmail(tx, {
    purpose: "stewardship.correction_closed",
    to: to.email,
    ...renderEmail({
      locale: to.locale,
      subject: t("subject", { name: content.recordName }),
      heading: t("heading", { name: content.recordName }),
      paragraphs: [content.applied ? t("applied") : t("dismissed"), t("thanks")],
      footer: t("footer"),
    }),
  });
}
