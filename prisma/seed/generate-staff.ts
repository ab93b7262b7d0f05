// Demo staff accounts, one per role, for trying the back office. Only the demo seed creates
// them (never a production start); they all share one well-known password.
import type { Random } from "./random";
import type { Row } from "./tables";
import { timestamp } from "./time";

export const DEMO_PASSWORD = "Demo-211-password";

export const DEMO_STAFF = [
  { email: "admin@example.org", name: "Geneviève Tremblay (admin)", role: "admin" },
  { email: "editor@example.org", name: "Mathieu Gagnon (éditeur)", role: "editor" },
  { email: "agent@example.org", name: "Fatou Diallo (agente)", role: "agent" },
  { email: "viewer@example.org", name: "Louis Bouchard (lecture)", role: "viewer" },
] as const;

export type StaffRole = (typeof DEMO_STAFF)[number]["role"];

/** `passwordHash` is computed once by the caller: Argon2 is deliberately slow. */
export function generateStaff(random: Random, passwordHash: string): Row<"user">[] {
  const created = timestamp(-540);
  return DEMO_STAFF.map((s) => ({
    id: random.uuid(),
    email: s.email,
    name: s.name,
    password_hash: passwordHash,
    role: s.role,
    created_at: created,
    updated_at: created,
  }));
}
