import "server-only";
import { permanentRedirect } from "next/navigation";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { db } from "@/lib/db/client";
import { publicWhere } from "@/lib/directory/public-record";

/** The slug of the public organization a merged organization's old slug now leads to, if any. */
export async function organizationRedirect(slug: string): Promise<string | null> {
  const redirect = await db.recordRedirect.findUnique({
    where: { entityType_fromSlug: { entityType: "organization", fromSlug: slug } },
  });
  if (!redirect) return null;
  const target = await db.organization.findFirst({
    where: { id: redirect.toId, ...publicWhere },
    select: { slug: true },
  });
  return target?.slug ?? null;
}

/**
 * On the public page of an organization that is not found: a merged organization's old
 * address leads permanently to the one it was merged into (Next answers 308, the permanent
 * redirect that keeps the method). Returns when there is nothing to redirect to.
 */
export async function redirectIfMerged(slug: string, locale: Locale): Promise<void> {
  const target = await organizationRedirect(slug);
  if (target)
    permanentRedirect(localizedPathname({ pathname: "/organizations/[slug]", params: { slug: target } }, locale));
}
