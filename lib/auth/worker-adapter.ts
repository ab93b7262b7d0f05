import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db/client";

// The few Auth.js adapter methods the emailed sign-in links need (sessions stay JWTs with a
// staff_session row, as for staff: lib/auth/auth-config.ts). A link signs in or creates a
// community worker; staff addresses never get one (lib/lists/send-sign-in-link.ts sends them
// nothing, and the signIn callback refuses them).

const userSelect = { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true } as const;
type Row = { id: string; email: string; name: string; role: string; sessionVersion: number; disabledAt: Date | null };

export type LinkUser = AdapterUser & { role: string; sessionVersion: number; disabled: boolean };

const toAdapterUser = (row: Row): LinkUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  emailVerified: null,
  role: row.role,
  sessionVersion: row.sessionVersion,
  disabled: !!row.disabledAt,
});

export const workerAdapter: Adapter = {
  async createUser(user) {
    const email = user.email.trim().toLowerCase();
    // A worker's name is what they choose later; the address's local part until then.
    const row = await db.user.create({
      data: { email, name: email.split("@")[0], role: "worker", passwordHash: null },
      select: userSelect,
    });
    return toAdapterUser(row);
  },
  async getUser(id) {
    const row = await db.user.findUnique({ where: { id }, select: userSelect });
    return row && toAdapterUser(row);
  },
  async getUserByEmail(email) {
    const row = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: userSelect });
    return row && toAdapterUser(row);
  },
  async getUserByAccount() {
    return null; // no OAuth accounts
  },
  async updateUser(user) {
    // Auth.js only marks the address verified: nothing of ours to change.
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: userSelect });
    return toAdapterUser(row);
  },
  async linkAccount() {
    return undefined;
  },
  async createVerificationToken(token) {
    await db.verificationToken.create({ data: token });
    // Expired links are swept as new ones are made (a few rows a day).
    await db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    // Single use: deleted as it is read (Auth.js then refuses it if it had expired).
    const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
      DELETE FROM verification_token WHERE identifier = ${identifier} AND token = ${token}
      RETURNING identifier, token, expires`;
    return rows[0] ?? null;
  },
};
