import { setRequestLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { requireStewardship } from "@/lib/stewardship/require-stewardship";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The agents' flags are one source of the moderation inbox: this address (linked from older
 * notes and bookmarks) opens the inbox filtered to flags, where the one status form lives.
 * The flags' own "resolved" is the inbox's "applied".
 */
export default async function FlagsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStewardship("stewardship:manage", locale);
  const requested = (await searchParams).status;
  const status = requested === "resolved" ? "applied" : typeof requested === "string" ? requested : undefined;
  redirect({
    href: { pathname: "/admin/moderation", query: { source: "flag", ...(status && { status }) } },
    locale,
  });
}
