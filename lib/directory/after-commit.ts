import "server-only";
import { scheduleOutboxDelivery } from "@/lib/search/relay";

/**
 * After a write has committed: wake the search relay so the change is searchable within
 * a second (the outbox row is already durable; a missed wake-up only delays delivery to
 * the next sweep). In a request it runs after the response; in scripts and tests it runs
 * now and is awaited, so callers see a settled index.
 */
export async function afterCommit(): Promise<void> {
  await scheduleOutboxDelivery();
}
