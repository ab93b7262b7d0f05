import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ModerationStatus } from "@/lib/db/generated/enums";

/**
 * Tells the person who suggested a correction that it was handled. Placeholder until the
 * shared email outbox (lib/email) is merged: then this enqueues the email in `tx`.
 */
export async function notifyCorrectionClosed(
  _tx: Tx,
  _correction: { id: string; email: string | null; locale: string; status: ModerationStatus },
) {}
