import "server-only";
import { db } from "@/lib/db/client";
import { hashUpdateToken } from "./update-link-token";

export type ResolvedLink =
  | { state: "valid"; linkId: string; organizationId: string; expiresAt: Date }
  | { state: "expired" | "revoked" | "unknown" };

/**
 * What a token opens: one organization while the link is neither expired nor revoked. Tokens
 * are looked up by their keyed hash only; a malformed one is "unknown" without a query.
 */
export async function resolveUpdateLink(token: string, now = new Date()): Promise<ResolvedLink> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { state: "unknown" };
  const link = await db.updateLink.findUnique({
    where: { tokenHash: hashUpdateToken(token) },
    select: {
      id: true,
      organizationId: true,
      expiresAt: true,
      revokedAt: true,
      organization: { select: { deletedAt: true } },
    },
  });
  if (!link || link.organization.deletedAt) return { state: "unknown" };
  if (link.revokedAt) return { state: "revoked" };
  if (link.expiresAt <= now) return { state: "expired" };
  return { state: "valid", linkId: link.id, organizationId: link.organizationId, expiresAt: link.expiresAt };
}
