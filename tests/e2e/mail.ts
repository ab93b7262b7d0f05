// What the app under test sent: scripts/run-tests.ts points its SMTP_URL at a real SMTP
// server on loopback that writes each message to MAIL_CATCHER_DIR.
import { readCaughtEmails, type CaughtEmail } from "../../lib/email/caught-emails";

export async function waitForEmail(
  { to, subjectIncludes, since }: { to: string; subjectIncludes?: string; since?: Date },
  timeoutMs = 15_000,
): Promise<CaughtEmail> {
  const dir = process.env.MAIL_CATCHER_DIR;
  if (!dir) throw new Error("MAIL_CATCHER_DIR is not set: run the e2e tests through `npm test`.");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readCaughtEmails(dir)).find(
      (email) =>
        email.to.includes(to) &&
        (!subjectIncludes || email.subject.includes(subjectIncludes)) &&
        (!since || new Date(email.receivedAt) >= since),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
