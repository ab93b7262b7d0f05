import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/observability/logger";
import { emailConfigured, emailSender, emailTransport } from "./transport";

/** After this many failed attempts a message is marked failed and kept for an admin to see. */
export const MAX_EMAIL_ATTEMPTS = 8;
const MAX_BACKOFF_SECONDS = 3600;
/** A claimed message is invisible to other relays this long; a crash mid-send resends it then. */
const LEASE_SECONDS = 300;

type Claimed = {
  id: bigint;
  purpose: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  attachments: { filename: string; contentType: string; base64: string }[] | null;
  attempts: number;
};

export type DeliveryResult = { sent: number; failed: number };

/**
 * One pass over the due messages. Claiming (a lease on available_at) and marking are two short
 * transactions, so no connection waits on an SMTP server: delivery is at least once, and a
 * message is deleted once the server accepted it — its recipient is not kept.
 */
export async function deliverPendingEmails({ limit = 50 } = {}): Promise<DeliveryResult> {
  if (!emailConfigured()) return { sent: 0, failed: 0 };
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE email_outbox SET available_at = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE id IN (
      SELECT id FROM email_outbox WHERE failed_at IS NULL AND available_at <= now()
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, purpose, recipient, subject, text_body, html_body, attachments, attempts`;
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (const message of claimed) {
    try {
      await emailTransport().sendMail({
        from: emailSender(),
        to: message.recipient,
        subject: message.subject,
        text: message.text_body,
        html: message.html_body,
        attachments: message.attachments?.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.base64, "base64"),
        })),
      });
      await db.$executeRaw`DELETE FROM email_outbox WHERE id = ${message.id}`;
      result.sent++;
      logger.info({ purpose: message.purpose, outboxId: String(message.id) }, "email sent");
    } catch (error) {
      result.failed++;
      const text = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const final = message.attempts + 1 >= MAX_EMAIL_ATTEMPTS;
      await db.$executeRaw`
        UPDATE email_outbox SET attempts = attempts + 1, last_error = ${text},
          failed_at = CASE WHEN ${final} THEN now() END,
          available_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts + 1) * 15))
        WHERE id = ${message.id}`;
      logger.warn(
        { purpose: message.purpose, outboxId: String(message.id), attempts: message.attempts + 1, final },
        final ? "email failed for good" : "email failed, will retry",
      );
    }
  }
  return result;
}
