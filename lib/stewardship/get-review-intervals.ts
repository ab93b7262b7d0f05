import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { DEFAULT_INTERVAL_MONTHS } from "./review-dates";

/** Review interval (months) of an organization and of each of its services, for the edit screen. */
export async function getReviewIntervals(actor: Actor | null, organizationId: string) {
  assertCan(actor, "staff:read");
  const plans = await db.reviewPlan.findMany({
    where: { OR: [{ organizationId }, { service: { organizationId } }] },
    select: { organizationId: true, serviceId: true, intervalMonths: true },
  });
  const byId = new Map(plans.map((plan) => [plan.organizationId ?? plan.serviceId!, plan.intervalMonths]));
  return (id: string) => byId.get(id) ?? DEFAULT_INTERVAL_MONTHS;
}
