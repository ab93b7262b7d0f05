"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

type Section =
  | "/admin"
  | "/admin/organizations"
  | "/admin/services"
  | "/admin/taxonomy"
  | "/admin/users"
  | "/admin/statistics"
  | "/admin/moderation"
  | "/admin/review"
  | "/admin/data-quality"
  | "/agent";

const ITEMS: { href: Section; label: string; exact?: boolean }[] = [
  { href: "/admin", label: "dashboard", exact: true },
  { href: "/admin/organizations", label: "organizations" },
  { href: "/admin/services", label: "services" },
  { href: "/admin/taxonomy", label: "taxonomy" },
];

/**
 * The staff area's sections. Users only for admins; statistics for the agents' supervisors
 * (editors, admins), whose flags are in the moderation inbox; the agent console for those who
 * take calls.
 */
export function AdminNav({
  showUsers,
  showSupervision = false,
  showAgentConsole = false,
  stewardship = [],
}: {
  showUsers: boolean;
  showSupervision?: boolean;
  showAgentConsole?: boolean;
  /** Data stewardship's sections, labels already translated (namespace "Stewardship"). */
  stewardship?: { href: Section; text: string }[];
}) {
  const t = useTranslations("Admin.nav");
  const pathname = usePathname();
  const items: { href: Section; label: string; text?: string; exact?: boolean }[] = [
    ...ITEMS,
    ...stewardship.map((item) => ({ ...item, label: "" })),
    ...(showSupervision ? [{ href: "/admin/statistics" as const, label: "statistics" }] : []),
    ...(showUsers ? [{ href: "/admin/users" as const, label: "users" }] : []),
    ...(showAgentConsole ? [{ href: "/agent" as const, label: "agent" }] : []),
  ];
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 font-medium no-underline ${
                  current ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"
                }`}
              >
                {item.text ?? t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
