"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

type Section = "/admin" | "/admin/organizations" | "/admin/services" | "/admin/taxonomy" | "/admin/users";

const ITEMS: { href: Section; label: string; exact?: boolean }[] = [
  { href: "/admin", label: "dashboard", exact: true },
  { href: "/admin/organizations", label: "organizations" },
  { href: "/admin/services", label: "services" },
  { href: "/admin/taxonomy", label: "taxonomy" },
];

/** The staff area's sections; the Users entry is only passed for admins. */
export function AdminNav({ showUsers }: { showUsers: boolean }) {
  const t = useTranslations("Admin.nav");
  const pathname = usePathname();
  const items = showUsers ? [...ITEMS, { href: "/admin/users" as Section, label: "users" }] : ITEMS;
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
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
