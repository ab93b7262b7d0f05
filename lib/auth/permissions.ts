import type { Role } from "@/lib/db/generated/enums";

/**
 * What each role may do. Checked in the data layer (every domain read of private data and
 * every write calls `assertCan`), never only in the proxy.
 */
export const PERMISSIONS = {
  "staff:read": ["admin", "editor", "agent", "viewer"],
  "records:write": ["admin", "editor"],
  "taxonomy:write": ["admin", "editor"],
  "audit:read": ["admin", "editor", "agent", "viewer"],
  "users:manage": ["admin"],
  "search:reindex": ["admin"],
  /** One's own lists of services (community workers, and staff who build lists too). */
  "lists:own": ["admin", "editor", "agent", "viewer", "worker"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
