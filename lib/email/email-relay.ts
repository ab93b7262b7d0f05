import "server-only";
import { logger } from "@/lib/observability/logger";
import { deliverPendingEmails } from "./deliver-pending-emails";
import { emailConfigured } from "./transport";

// One delivery loop per process: a kick during a pass asks for one more pass.
type RelayState = { running: Promise<void> | null; again: boolean };
const globalForEmail = globalThis as unknown as { emailRelay?: RelayState };
const state: RelayState = (globalForEmail.emailRelay ??= { running: null, again: false });

/** Sends what is due now; resolves when the messages due at the call were attempted. */
export function runEmailRelay(): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    // Until a pass finds nothing due (failed messages wait for their backoff, so this ends).
    for (;;) {
      state.again = false;
      const { sent, failed } = await deliverPendingEmails();
      if (sent + failed === 0 && !state.again) break;
    }
  })()
    .catch((error) => logger.warn({ err: String(error) }, "email delivery pass failed"))
    .finally(() => {
      state.running = null;
    });
  return state.running;
}

/** After a transaction that queued mail committed: deliver it now rather than at the next sweep. */
export function kickEmailDelivery(): void {
  void runEmailRelay();
}

/** The in-app sweeper: retries failures after their backoff and catches what no kick sent. */
export function startEmailSweeper({ intervalMs = 30_000 } = {}) {
  if (!emailConfigured()) logger.warn("SMTP_URL is not set: emails wait in the outbox until it is.");
  const timer = setInterval(() => void runEmailRelay(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
