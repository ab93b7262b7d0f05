import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";

export const TEST_PASSWORD = "Correct-horse-battery-211";

export async function createUser(overrides: { role?: Role; email?: string; disabled?: boolean } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${randomUUID().slice(0, 8)}@example.org`,
      name: "Test User",
      role: overrides.role ?? "editor",
      passwordHash: await hashPassword(TEST_PASSWORD),
      disabledAt: overrides.disabled ? new Date() : null,
    },
  });
}

/** A signed-in actor of the given role, backed by a real user row. */
export async function createActor(role: Role): Promise<Actor & { kind: "user" }> {
  const user = await createUser({ role });
  return { kind: "user", id: user.id, email: user.email, name: user.name, role: user.role };
}
