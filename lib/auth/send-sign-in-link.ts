import "server-only";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { kickEmailDelivery } from "@/lib/email/email-relay";
import { renderEmail } from "@/lib/email/render-email";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/** The language of the page the link leads back to (its callbackUrl), French by default. */
export function linkLocale(url: string): Locale {
  try {
    const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
    return new URL(callback, "http://x").pathname.startsWith("/en") ? "en" : "fr";
  } catch {
    return "fr";
  }
}

/**
 * Auth.js's sendVerificationRequest for community workers: the one-time link goes out through
 * the email outbox. Staff and disabled accounts get nothing (staff sign in with their password
 * and second step), and the page says the same thing whatever the address: nobody learns
 * which addresses have accounts.
 */
export async function sendSignInLink({ identifier, url, expires }: { identifier: string; url: string; expires: Date }) {
  const email = identifier.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { role: true, disabledAt: true } });
  if (user && (user.role !== "worker" || user.disabledAt)) return;
  const locale = linkLocale(url);
  const t = translator(locale);
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const message = renderEmail({
    locale,
    subject: t("Lists.signInEmail.subject"),
    heading: t("Lists.signInEmail.heading"),
    paragraphs: [t("Lists.signInEmail.intro"), t("Lists.signInEmail.expiry", { minutes })],
    action: { label: t("Lists.signInEmail.action"), url },
    footer: t("Lists.signInEmail.notYou"),
  });
  await db.$transaction((tx) => enqueueEmail(tx, { purpose: "lists.sign-in", to: email, ...message }));
  kickEmailDelivery();
}
