import "server-only";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { sendReviewReminders } from "./send-review-reminders";

const DAY_MS = 86_400_000;

/**
 * The reminders inside each app instance, like the call log's purge: a first pass two minutes
 * after start, then one a day. Several instances at once are harmless (one reminder per review
 * date, enforced by the database).
 */
export function startReviewReminderJob({ log = (line: string) => console.error(line) } = {}) {
  const run = async () => {
    try {
      const { sent } = await sendReviewReminders(SYSTEM_ACTOR);
      if (sent > 0) log(`[stewardship] ${sent} review reminder(s) sent.`);
    } catch (error) {
      log(`[stewardship] reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const first = setTimeout(run, 120_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return { stop: () => (clearTimeout(first), clearInterval(daily)) };
}
