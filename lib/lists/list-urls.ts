import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { listQuery } from "./list-slugs";

const base = () => process.env.PUBLIC_URL ?? "http://localhost:3000";

/** The shareable address of a list, in a language: what the QR code and the share box hold. */
export function absoluteListUrl(slugs: readonly string[], locale: Locale): string {
  const path = localizedPathname("/list", locale);
  return `${new URL(path, base()).href}${slugs.length ? `?services=${listQuery(slugs)}` : ""}`;
}
