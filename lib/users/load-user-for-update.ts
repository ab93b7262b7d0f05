import "server-only";
import type { Tx } from "@/lib/db/client";
import { Invalid, NotFound } from "@/lib/errors";

/** Locks the row for the rest of the transaction, so two admins' changes never interleave. */
export async function loadUserForUpdate(tx: Tx, userId: string) {
  await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFound("user");
  return user;
}

/** The directory must always keep one enabled admin, or nobody could manage accounts. */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string, field: string) {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new Invalid({ [field]: ["lastAdmin"] });
}
