import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** Every staff account, enabled first; never the password hash. */
export async function listUsers(actor: Actor | null) {
  assertCan(actor, "users:manage");
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      lastSignInAt: true,
      version: true,
    },
  });
}
