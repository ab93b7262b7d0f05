// Runs once when a Next.js server starts (`npm run dev`, `npm start`, every replica).
export async function register() {
  // Node.js only (not the edge runtime), never during `next build`, and only with a database.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: the connection's real peer (client-ip.ts), request ids, latency metrics.
  const { installServerHooks } = await import("./lib/observability/server-hooks");
  installServerHooks();
  if (process.env.NEXT_PHASE === "phase-production-build" || !process.env.DATABASE_URL) return;
  // The call log's retention (CALL_LOG_RETENTION_MONTHS): a daily purge in every instance.
  const { startCallPurgeJob } = await import("./lib/calls/purge-job");
  startCallPurgeJob();
  // Data stewardship: the yearly review reminders (update links), checked once a day.
  const { startReviewReminderJob } = await import("./lib/stewardship/reminder-job");
  startReviewReminderJob();
  // Every email leaves through one outbox (lib/email): this retries failures after their backoff.
  const { startEmailSweeper } = await import("./lib/email/email-relay");
  startEmailSweeper();
  if (process.env.SEARCH_RELAY_IN_PROCESS === "false") return;
  // A light sweeper: delivers what a missed after() left pending. The dedicated relay
  // (`npm run search:relay`) does the same every second; both together are safe.
  const { startOutboxSweeper } = await import("./lib/search/relay-runner");
  startOutboxSweeper({ intervalMs: Number(process.env.SEARCH_RELAY_IN_PROCESS_INTERVAL_MS ?? 3000) });
}
