import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { kickEmailDelivery } from "@/lib/email/email-relay";
import { renderEmail } from "@/lib/email/render-email";
import { RateLimited } from "@/lib/errors";
import { namedLimiter, parseRateLimit } from "@/lib/security/rate-limit";
import { parseOrInvalid } from "@/lib/validation";
import { translator } from "@/lib/i18n/translator";
import { getListServices } from "./get-list-services";
import { getOwnList } from "./get-own-list";
import { LIST_MESSAGES } from "./list-schemas";
import { absoluteListUrl } from "./list-urls";
import { buildReferralSheet } from "./referral-sheet";
import { renderReferralSheetPdf } from "./referral-sheet-pdf";

const emailSheetSchema = z.object({
  to: z.string().trim().toLowerCase().pipe(z.email("emailInvalid").max(254, "emailInvalid")),
  lang: z.enum(["fr", "en"]).catch("fr"),
  large: z.boolean().catch(false),
});

// Per account (SHEET_EMAIL_LIMIT, default 10 an hour), per instance like the public limits.
const limiter = () =>
  namedLimiter("sheet-email", () => parseRateLimit(process.env.SHEET_EMAIL_LIMIT ?? "10/3600", "false"));

/**
 * Emails one of the actor's lists as a referral sheet (PDF attached) to an address typed for
 * this message only: it goes into the email outbox, which deletes it once sent, and is never
 * logged. The list's name and notes are not in the message (they are the worker's own).
 */
export async function emailListSheet(
  actor: Actor | null,
  listId: unknown,
  input: { to: unknown; lang: unknown; large: unknown },
) {
  const list = await getOwnList(actor, listId, "fr");
  const { to, lang, large } = parseOrInvalid(emailSheetSchema, input, LIST_MESSAGES);
  const decision = limiter().take(`account:${(actor as { id: string }).id}`);
  if (!decision.allowed) throw new RateLimited(decision.retryAfterSeconds);

  const slugs = list.items.filter((item) => item.state.kind !== "gone").map((item) => item.slug);
  const liveUrl = absoluteListUrl(slugs, lang);
  const sheet = await buildReferralSheet(await getListServices(slugs, lang), lang, liveUrl);
  const pdf = await renderReferralSheetPdf(sheet, { large });
  const t = translator(lang);
  const message = renderEmail({
    locale: lang,
    subject: t("Lists.sheetEmail.subject"),
    heading: sheet.title,
    paragraphs: [
      t("Lists.sheetEmail.intro"),
      ...sheet.entries.map(
        (entry, i) => `${i + 1}. ${entry.name}${entry.available ? ` — ${entry.phones[0] ?? ""}` : ""}`,
      ),
      sheet.callBefore,
      sheet.helpline,
    ],
    action: { label: t("Lists.sheetEmail.action"), url: liveUrl },
  });
  const filename = lang === "fr" ? "fiche-references-211.pdf" : "referral-sheet-211.pdf";
  await db.$transaction((tx) =>
    enqueueEmail(tx, {
      purpose: "lists.sheet",
      to,
      ...message,
      attachments: [{ filename, contentType: "application/pdf", content: pdf }],
    }),
  );
  kickEmailDelivery();
}
