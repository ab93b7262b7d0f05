import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getService } from "@/lib/directory/get-service";
import type { Locale } from "@/lib/i18n/routing";
import { assertCanCalls } from "./permissions";

/**
 * The detail beside the list: the public record (every phone with its type, hours,
 * eligibility, fees, how to apply, documents) plus the internal notes for agents, which
 * only this function reads.
 */
export async function getConsoleService(actor: Actor | null, slug: string, locale: Locale) {
  assertCanCalls(actor, "calls:write");
  const service = await getService(slug, locale);
  if (!service) return null;
  const notes = await db.service.findUnique({
    where: { id: service.id },
    select: { agentNotes: true, organizationId: true, organization: { select: { agentNotes: true } } },
  });
  return {
    service,
    organizationId: notes?.organizationId ?? null,
    agentNotes: { service: notes?.agentNotes ?? null, organization: notes?.organization.agentNotes ?? null },
  };
}
