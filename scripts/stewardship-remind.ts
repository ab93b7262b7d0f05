// `npm run stewardship:remind`: emails each organization whose review falls due within 30 days
// its personal update link (once per review date), from DATABASE_URL or the embedded database.
// The app does this once a day by itself (instrumentation.ts); this script is for cron and checks.
import { prepareDatabase } from "@/lib/db/prepare-database";

const database = await prepareDatabase({ migrate: false });
process.env.DATABASE_URL = database.url;
try {
  const { sendReviewReminders } = await import("@/lib/stewardship/send-review-reminders");
  const { runEmailRelay } = await import("@/lib/email/email-relay");
  const { emailConfigured } = await import("@/lib/email/transport");
  const { SYSTEM_ACTOR } = await import("@/lib/auth/actor");
  const { due, sent } = await sendReviewReminders(SYSTEM_ACTOR);
  // Sent now when SMTP_URL is set; otherwise they wait in the outbox for the app's sweeper.
  if (emailConfigured()) await runEmailRelay();
  console.log(
    `Review reminders: ${sent} sent, ${due - sent} already reminded for their review date` +
      (emailConfigured() ? "." : " (SMTP_URL unset: queued in the email outbox)."),
  );
} finally {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await database.stop();
}
