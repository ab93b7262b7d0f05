import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { UserRowActions } from "@/components/admin/users/user-row-actions";
import { requireStaff } from "@/lib/auth/require-staff";
import type { Locale } from "@/lib/i18n/routing";
import { listUsers } from "@/lib/users/list-users";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserDisabledAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Users" });
  return { title: t("title") };
}

export default async function UsersPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("users:manage", locale);
  const users = await listUsers(actor);
  const t = await getTranslations("Users");
  const tRoles = await getTranslations("Admin.roles");
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="new-user-title" className="space-y-3">
        <h2 id="new-user-title" className="text-xl font-bold">
          {t("newUser")}
        </h2>
        <CreateUserForm createUserAction={createUserAction} />
      </section>
      <section aria-labelledby="users-title" className="space-y-3">
        <h2 id="users-title" className="text-xl font-bold">
          {t("listTitle", { count: users.length })}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("role")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("lastSignIn")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {users.map((user) => (
                <tr key={user.id} className="align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <span className="block font-semibold">{user.name}</span>
                    <span className="block text-slate-700">{user.email}</span>
                  </th>
                  <td className="py-3 pr-4">{tRoles(user.role)}</td>
                  <td className="py-3 pr-4">{user.disabledAt ? t("disabled") : t("enabled")}</td>
                  <td className="py-3 pr-4">
                    {user.lastSignInAt
                      ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                      : t("never")}
                  </td>
                  <td className="py-3">
                    <UserRowActions
                      actions={{ changeUserRoleAction, setUserDisabledAction, resetUserPasswordAction }}
                      user={{
                        id: user.id,
                        email: user.email,
                        role: user.role,
                        disabled: !!user.disabledAt,
                        version: user.version,
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
