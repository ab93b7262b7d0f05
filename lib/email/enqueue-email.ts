import "server-only";
import type { Tx } from "@/lib/db/client";

export type EmailAttachment = { filename: string; contentType: string; content: Buffer };

export type OutgoingEmail = {
  /** What the message is for, e.g. "lists.sheet": logs and metrics name this, never the address. */
  purpose: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
};

/**
 * Queues a message inside the caller's transaction, so it goes out if and only if the change
 * that causes it commits. Call kickEmailDelivery() after the commit to send it at once.
 */
export async function enqueueEmail(tx: Tx, message: OutgoingEmail): Promise<bigint> {
  const row = await tx.emailOutbox.create({
    data: {
      purpose: message.purpose,
      recipient: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      attachments: message.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        base64: a.content.toString("base64"),
      })),
    },
    select: { id: true },
  });
  return row.id;
}
