import type { User } from "@/lib/db/generated/client";

/** What the audit log keeps of a user: never the password hash. */
export function userSnapshot(user: Pick<User, "email" | "name" | "role" | "disabledAt">) {
  return { email: user.email, name: user.name, role: user.role, disabled: !!user.disabledAt };
}
